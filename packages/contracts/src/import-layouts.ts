// The column layouts of the bulk import of the programme's history (issue 27): one layout per kind,
// Italian headers, the codes the programme uses. The owner subgraph of each kind reads files with them,
// the staff portal shows them and offers them as templates (CSV and XLSX).

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
  PERSONE: 'people',
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
  PERSONE: [
    { header: 'id_esterno', required: false, description: 'Codice della persona nel vecchio gestionale', example: 'P-2018-0001' },
    {
      header: 'codice_fiscale',
      required: true,
      description: 'Codice fiscale (chiave della persona; coerente con data di nascita e sesso)',
      example: 'RSSMRA85T10A944S',
    },
    { header: 'cognome', required: true, description: 'Cognome', example: 'Rossi' },
    { header: 'nome', required: true, description: 'Nome', example: 'Mario' },
    { header: 'data_nascita', required: true, description: 'Data di nascita (GG/MM/AAAA o AAAA-MM-GG)', example: '10/12/1985' },
    { header: 'sesso', required: true, description: 'F o M', example: 'M' },
    { header: 'cittadinanza', required: true, description: 'Codice del Paese di due lettere (IT, MA, RO, …)', example: 'IT' },
    {
      header: 'comune_residenza_istat',
      required: true,
      description: 'Codice ISTAT del comune di residenza (anche fuori dalla Città metropolitana)',
      example: '037006',
    },
    {
      header: 'comune_residenza_nome',
      required: false,
      description: 'Nome del comune di residenza: obbligatorio se fuori dalla Città metropolitana',
      example: '',
    },
    { header: 'email', required: false, description: 'Indirizzo email (nessuna email viene inviata per lo storico)', example: '' },
    { header: 'telefono', required: false, description: 'Telefono', example: '051 123456' },
    {
      header: 'soggetto_inviante',
      required: false,
      description: 'servizi sociali, caritas, centro per l’impiego, passaparola, autocandidatura, parrocchia, terzo settore, altro',
      example: 'servizi sociali',
    },
    { header: 'data_iscrizione', required: true, description: 'Data di iscrizione al programma (stato «iscritto»)', example: '05/03/2019' },
    {
      header: 'data_colloquio',
      required: false,
      description: 'Data del primo colloquio svolto (stato «colloquio svolto»)',
      example: '14/03/2019',
    },
    {
      header: 'modalita_colloquio',
      required: false,
      description: 'in presenza, videochiamata, telefono (con data_colloquio)',
      example: 'in presenza',
    },
    {
      header: 'operatore_colloquio',
      required: false,
      description: 'Nome dell’operatore che ha svolto il colloquio',
      example: 'Giulia Bianchi',
    },
    {
      header: 'profilo',
      required: false,
      description: 'Esito della valutazione: forte (non in target) o in target (con data_colloquio)',
      example: 'in target',
    },
    {
      header: 'prontezza',
      required: false,
      description: 'Solo per profilo in target: pronto, non pronto, fragile, in valutazione',
      example: 'pronto',
    },
    {
      header: 'data_attivazione',
      required: false,
      description: 'Data di attivazione nei servizi (stato «attivo»; solo per profilo in target)',
      example: '01/04/2019',
    },
    {
      header: 'data_fuori_protocollo',
      required: false,
      description: 'Data di uscita dal protocollo (stato «fuori protocollo»)',
      example: '',
    },
    {
      header: 'motivo_fuori_protocollo',
      required: false,
      description: 'lavora, irreperibile, non collabora (con data_fuori_protocollo)',
      example: '',
    },
  ],
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
