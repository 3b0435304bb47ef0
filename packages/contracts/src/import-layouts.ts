// The column layouts of the bulk import of the programme's history (issue 27): one layout per kind,
// Italian headers, the codes the programme uses. The companies subgraph reads files with them, the staff
// portal shows them and offers them as templates (CSV and XLSX).

/**
 * The kinds a file can hold, and the subgraph that owns (and imports) each.
 *
 * A new kind needs:
 *  1. an entry here (its owner) and its layout in IMPORT_LAYOUTS (Italian headers, the programme's codes),
 *     its Italian/English name in the portals' HistoryImportKind enum catalogue;
 *  2. in the owner subgraph, an ImportKindDefinition (parse + resolve + write, entity table and fields for
 *     undo, dependents/undoRefusal) in the owner's HistoryImportEngine (services/history-import.service.ts);
 *  3. once per owner: the engine wired with `withHistoryImport(definition, engine)` in its definition.ts
 *     (GraphQL `<owner>HistoryImportBatches`, `check<Owner>HistoryImport`, ...; file routes under
 *     /files/<owner>/history-imports and /files/<owner>/import-templates; the resume job and worker), a
 *     migration with `historyImportTablesSql('<owner>')`, and the owner's batches field and undo mutation
 *     in the staff portal (features/imports/imports-query.ts);
 *  4. `npm run schemas` (the HistoryImportKind enum is generated from this list, identical in every owner).
 * The staff portal posts a kind's file to /files/<owner>/... (the gateway proxies /files/<subgraph>/ to it).
 */
export const IMPORT_KIND_OWNER = {
  AZIENDE: 'companies',
  SEDI: 'companies',
  INSERIMENTI: 'companies',
} as const;
export type ImportKindName = keyof typeof IMPORT_KIND_OWNER;
export const IMPORT_KINDS = Object.keys(IMPORT_KIND_OWNER) as ImportKindName[];
export type ImportOwner = (typeof IMPORT_KIND_OWNER)[ImportKindName];
/** The subgraphs that host a history import (own at least one kind). */
export const IMPORT_OWNERS = [...new Set(Object.values(IMPORT_KIND_OWNER))] as ImportOwner[];

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The GraphQL root fields of an owner's history import: `<owner>HistoryImportBatches`,
 * `check<Owner>HistoryImport`, ...; companies, the first host, keeps the unprefixed names it published
 * first (`historyImportBatches`, `checkHistoryImport`, ...). Distinct names per owner let the subgraphs compose.
 */
export function historyImportFieldNames(owner: string) {
  const legacy = owner === 'companies';
  const P = legacy ? '' : upperFirst(owner);
  const q = (s: string) => (legacy ? s : `${owner}${upperFirst(s)}`);
  return {
    layouts: q('historyImportLayouts'),
    batch: q('historyImportBatch'),
    batches: q('historyImportBatches'),
    source: q('historyImportSource'),
    check: `check${P}HistoryImport`,
    start: `start${P}HistoryImport`,
    undo: `undo${P}HistoryImport`,
  };
}

export interface ImportColumn {
  /** The header, exactly (compared lower-cased and trimmed). */
  header: string;
  required: boolean;
  /** What goes in the cell (Italian, shown in the portal and README). */
  description: string;
  /** An example value for the template's sample row. */
  example: string;
}

export const IMPORT_LAYOUTS: Record<ImportKindName, readonly ImportColumn[]> = {
  AZIENDE: [
    { header: 'id_esterno', required: false, description: 'Codice dell’azienda nel vecchio gestionale', example: 'AZ-0001' },
    { header: 'partita_iva', required: true, description: 'Partita IVA, 11 cifre (chiave dell’azienda)', example: '02402671206' },
    { header: 'ragione_sociale', required: true, description: 'Ragione sociale (2–200 caratteri)', example: 'Rekeep S.p.A.' },
    { header: 'comune_istat', required: true, description: 'Codice ISTAT del comune della sede principale', example: '037006' },
    { header: 'codice_ateco', required: false, description: 'Codice ATECO (81.21 o 81.21.00)', example: '81.21' },
    { header: 'associazione', required: false, description: 'Associazione di categoria', example: 'Legacoop' },
    {
      header: 'ingresso_board',
      required: false,
      description: 'Data di ingresso nel Board (GG/MM/AAAA o AAAA-MM-GG)',
      example: '15/03/2018',
    },
    { header: 'uscita_board', required: false, description: 'Data di uscita dal Board', example: '' },
  ],
  SEDI: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice della sede nel vecchio gestionale (chiave della sede)',
      example: 'SD-0001',
    },
    {
      header: 'partita_iva_azienda',
      required: true,
      description: 'Partita IVA dell’azienda (nello stesso file AZIENDE o già presente)',
      example: '02402671206',
    },
    { header: 'nome', required: true, description: 'Nome della sede', example: 'Magazzino Roveri' },
    { header: 'comune_istat', required: true, description: 'Codice ISTAT del comune', example: '037006' },
    { header: 'indirizzo', required: false, description: 'Indirizzo', example: 'Via Scandinavia 11' },
  ],
  INSERIMENTI: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice dell’inserimento nel vecchio gestionale (chiave)',
      example: 'INS-2019-0001',
    },
    {
      header: 'codice_fiscale',
      required: true,
      description: 'Codice fiscale della persona (già registrata o importata)',
      example: 'RSSMRA85T10A944S',
    },
    {
      header: 'partita_iva_azienda',
      required: false,
      description: 'Partita IVA dell’azienda (vuota solo per lavoro autonomo)',
      example: '02402671206',
    },
    {
      header: 'tipo',
      required: true,
      description: 'assunzione, stage, tirocinio, mini job, lavoro autonomo',
      example: 'assunzione',
    },
    {
      header: 'contratto',
      required: false,
      description: 'Solo per assunzione: tempo determinato, tempo indeterminato, in proprio, a chiamata',
      example: 'tempo determinato',
    },
    { header: 'data_inizio', required: true, description: 'Data di inizio (GG/MM/AAAA o AAAA-MM-GG)', example: '01/02/2019' },
    { header: 'data_fine', required: false, description: 'Data di fine (vuota se a tempo indeterminato o aperta)', example: '31/07/2019' },
    { header: 'ore_settimanali', required: false, description: 'Ore settimanali, 1–48 (mini job: meno di 20)', example: '30' },
    {
      header: 'id_esterno_precedente',
      required: false,
      description: 'Per rinnovo, proroga o trasformazione: id_esterno dell’inserimento precedente',
      example: '',
    },
    { header: 'seguito', required: false, description: 'rinnovo, proroga, trasformazione (con id_esterno_precedente)', example: '' },
  ],
};

/** The template of a kind as CSV text (`;`, UTF-8 with BOM for Italian spreadsheets): the header and one sample row. */
export function importTemplateCsv(kind: ImportKindName): string {
  const cols = IMPORT_LAYOUTS[kind];
  return `\uFEFF${cols.map((c) => c.header).join(';')}\r\n${cols.map((c) => c.example).join(';')}\r\n`;
}

/** Where each layout column is among a file's header names (-1 when missing); unknown headers are listed. */
export function importColumnsOf(kind: ImportKindName, header: readonly string[]): { at: Record<string, number>; unknown: string[] } {
  const names = header.map((h) => h.trim().toLowerCase());
  const at: Record<string, number> = {};
  for (const c of IMPORT_LAYOUTS[kind]) at[c.header] = names.indexOf(c.header);
  const known = new Set(IMPORT_LAYOUTS[kind].map((c) => c.header));
  return { at, unknown: names.filter((n) => n !== '' && !known.has(n)) };
}
