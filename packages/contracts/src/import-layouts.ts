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
  COLLOQUI: 'people',
  VALUTAZIONI: 'people',
  AZIENDE: 'companies',
  SEDI: 'companies',
  OFFERTE: 'companies',
  INSERIMENTI: 'companies',
  ENTI: 'training',
  EDIZIONI: 'training',
  ISCRIZIONI: 'training',
  PROGETTI: 'projects',
  DELIBERE: 'projects',
  PRESTITI: 'finance',
  CONTRIBUTI: 'finance',
  PAGAMENTI: 'finance',
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

/**
 * The training kinds (owner: the training subgraph): training bodies, course editions, enrolments with their
 * outcomes, in the order their files go in (each refers to the one before).
 */
export const TRAINING_IMPORT_LAYOUTS = {
  ENTI: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice dell’ente nel vecchio gestionale (chiave dell’ente)',
      example: 'ENTE-003',
    },
    {
      header: 'denominazione',
      required: true,
      description: 'Nome dell’ente di formazione (1–200 caratteri; un ente già presente con lo stesso nome viene ripreso)',
      example: 'Seneca',
    },
    { header: 'email', required: false, description: 'Indirizzo email dell’ente', example: 'corsi@seneca.it' },
  ],
  EDIZIONI: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice dell’edizione nel vecchio gestionale (chiave dell’edizione)',
      example: 'ED-2020-007',
    },
    {
      header: 'ente',
      required: true,
      description: 'L’ente: id_esterno del file ENTI, oppure il nome di un ente già presente',
      example: 'ENTE-003',
    },
    { header: 'titolo', required: true, description: 'Titolo del corso (1–300 caratteri)', example: 'Operatore socio-sanitario' },
    {
      header: 'materia',
      required: true,
      description: 'Codice della materia: lettere maiuscole, cifre e _ (2–40), es. OSS, CQC, ADDETTO_PULIZIE, ITALIANO',
      example: 'OSS',
    },
    {
      header: 'filone',
      required: true,
      description: '2.a trasversale, 2.b professionalizzante, 2.c sperimentale',
      example: '2.b',
    },
    {
      header: 'modalita',
      required: false,
      description: 'presenza, distanza (FAD), individuale; vuota: presenza',
      example: 'presenza',
    },
    { header: 'data_inizio', required: true, description: 'Data di inizio (GG/MM/AAAA o AAAA-MM-GG)', example: '14/09/2020' },
    { header: 'data_fine', required: true, description: 'Data di fine, non prima dell’inizio', example: '30/06/2021' },
    { header: 'posti', required: true, description: 'Posti, 1–1000', example: '22' },
    {
      header: 'costo_totale',
      required: true,
      description: 'Costo totale del corso in euro, con al più 2 decimali (12.500,00 o 12500.00)',
      example: '48.000,00',
    },
    { header: 'stato', required: true, description: 'bozza, attiva, conclusa, annullata', example: 'conclusa' },
    {
      header: 'finestra_kpi_mesi',
      required: false,
      description: 'Mesi dopo la fine del corso in cui gli inserimenti contano per i KPI, 1–60; vuota: 12',
      example: '12',
    },
  ],
  ISCRIZIONI: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice dell’iscrizione nel vecchio gestionale (chiave dell’iscrizione)',
      example: 'ISC-2020-0141',
    },
    {
      header: 'edizione',
      required: true,
      description: 'L’edizione: id_esterno del file EDIZIONI (importata prima)',
      example: 'ED-2020-007',
    },
    {
      header: 'codice_fiscale',
      required: true,
      description: 'Codice fiscale della persona (già registrata o importata)',
      example: 'RSSMRA85T10A944C',
    },
    {
      header: 'nominativo',
      required: false,
      description: 'Nome del partecipante come lo vede l’ente (vuoto: nome e iniziale del cognome della persona)',
      example: 'Mario Rossi',
    },
    {
      header: 'data_iscrizione',
      required: false,
      description: 'Data dell’iscrizione, non dopo la fine dell’edizione (vuota: inizio dell’edizione)',
      example: '01/09/2020',
    },
    { header: 'esito', required: true, description: 'in corso, completato, ritirato', example: 'completato' },
    {
      header: 'qualifica_ottenuta',
      required: false,
      description: 'sì o no (sì solo con esito completato); vuota: no',
      example: 'sì',
    },
    { header: 'qualifica', required: false, description: 'Qualifica o patente ottenuta', example: 'Attestato OSS' },
    {
      header: 'data_ritiro',
      required: false,
      description: 'Solo con esito ritirato (obbligatoria): data del ritiro, durante l’edizione',
      example: '',
    },
    {
      header: 'motivo_ritiro',
      required: false,
      description: 'Solo con esito ritirato (obbligatorio): motivo del ritiro (al più 500 caratteri)',
      example: '',
    },
  ],
} as const satisfies Record<string, readonly ImportColumn[]>;

/** The step-date columns of a PROGETTI row, in the order of the path (each needs the ones before it). */
export const PROJECT_IMPORT_STEP_COLUMNS = [
  'data_preselezione',
  'data_incontro_conoscitivo',
  'data_accompagnamento',
  'data_report',
  'data_comitato_valutazione',
  'data_comitato_gestione',
  'data_finanziamento',
  'data_monitoraggio',
] as const;

const STEP_DESCRIPTIONS: Record<(typeof PROJECT_IMPORT_STEP_COLUMNS)[number], [string, string]> = {
  data_preselezione: ['Data del primo contatto e della pre-selezione', '10/02/2019'],
  data_incontro_conoscitivo: ['Data dell’incontro conoscitivo', '04/03/2019'],
  data_accompagnamento: ['Data di inizio dell’accompagnamento (con percorso)', '11/03/2019'],
  data_report: ['Data del report e della revisione', '20/05/2019'],
  data_comitato_valutazione: ['Data di invio al Comitato di valutazione', '10/06/2019'],
  data_comitato_gestione: ['Data di invio al Comitato di gestione', '01/07/2019'],
  data_finanziamento: ['Data del finanziamento', '15/07/2019'],
  data_monitoraggio: ['Data di inizio del monitoraggio (con modalità)', ''],
};

/**
 * The projects kinds (owner: the projects subgraph): social-innovation projects with their path, then the committees'
 * decisions on them (DELIBERE refers to PROGETTI).
 */
export const PROJECTS_IMPORT_LAYOUTS = {
  PROGETTI: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice del progetto nel vecchio gestionale (chiave del progetto)',
      example: 'PIS-2019-004',
    },
    { header: 'titolo', required: true, description: 'Titolo del progetto (3–200 caratteri)', example: 'Sartoria sociale di quartiere' },
    {
      header: 'organizzazione',
      required: true,
      description: 'Ente del Terzo Settore o gruppo informale proponente (2–200 caratteri)',
      example: 'Cooperativa Filo Rosso',
    },
    {
      header: 'tipo_organizzazione',
      required: false,
      description: 'ets, gruppo informale, intermediario; vuota: ets',
      example: 'ets',
    },
    {
      header: 'settore',
      required: true,
      description: 'welfare di comunità, food etico, moda etica, agricoltura sociale, sport cultura rigenerazione, altro',
      example: 'moda etica',
    },
    {
      header: 'posti_previsti',
      required: false,
      description: 'Posti di lavoro previsti per persone in target, 0–200; vuota: 0',
      example: '3',
    },
    {
      header: 'importo_richiesto',
      required: false,
      description: 'Importo richiesto in euro, con al più 2 decimali (8.000,00)',
      example: '8.000,00',
    },
    { header: 'email', required: false, description: 'Email di contatto del proponente', example: 'info@filorosso.it' },
    { header: 'data_candidatura', required: true, description: 'Data della candidatura (GG/MM/AAAA o AAAA-MM-GG)', example: '15/01/2019' },
    ...PROJECT_IMPORT_STEP_COLUMNS.map((header) => ({
      header,
      required: false,
      description: `${STEP_DESCRIPTIONS[header][0]}; vuota se il progetto non ci è arrivato (le date seguono l’ordine del percorso)`,
      example: STEP_DESCRIPTIONS[header][1],
    })),
    {
      header: 'percorso',
      required: false,
      description: 'Con data_accompagnamento: tre laboratori, breve (progetto già avanzato), rete territoriale',
      example: 'tre laboratori',
    },
    { header: 'monitoraggio', required: false, description: 'Con data_monitoraggio: tre incontri, settimanale', example: '' },
    {
      header: 'uscita',
      required: false,
      description: 'Se il percorso si è fermato: respinto, ritirato, stand-by (con data_uscita e motivo_uscita)',
      example: '',
    },
    { header: 'data_uscita', required: false, description: 'Data dell’uscita dal percorso, non prima dell’ultima tappa', example: '' },
    { header: 'motivo_uscita', required: false, description: 'Motivo dell’uscita (al più 500 caratteri)', example: '' },
  ],
  DELIBERE: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice della delibera nel vecchio gestionale (chiave della delibera)',
      example: 'DEL-2019-010',
    },
    {
      header: 'progetto',
      required: true,
      description: 'id_esterno del progetto nel file PROGETTI (già importato) o identificativo del progetto sulla piattaforma',
      example: 'PIS-2019-004',
    },
    {
      header: 'comitato',
      required: true,
      description: 'valutazione o gestione (il comitato di quel tipo del programma; una delibera per progetto e comitato)',
      example: 'gestione',
    },
    {
      header: 'data_seduta',
      required: true,
      description:
        'Data della seduta (GG/MM/AAAA o AAAA-MM-GG): la data di invio a quel comitato nel file PROGETTI (data_comitato_valutazione o data_comitato_gestione)',
      example: '01/07/2019',
    },
    {
      header: 'esito',
      required: true,
      description:
        'approvato, approvato con condizioni (con condizioni), respinto (il progetto esce con uscita respinto), rinviato; dopo un’approvazione il file PROGETTI ha la tappa successiva',
      example: 'approvato',
    },
    { header: 'condizioni', required: false, description: 'Condizioni o motivazione della delibera (al più 2000 caratteri)', example: '' },
    {
      header: 'forma',
      required: false,
      description: 'Con un’approvazione (richiesta): prestito, contributo (fondo perduto), non monetario; la stessa nei due comitati',
      example: 'prestito',
    },
    {
      header: 'importo',
      required: false,
      description:
        'Importo in euro (8.000,00): prestito da 0,01 a 25.000,00; contributo: investimenti + servizi (facoltativo); non monetario: valore del sostegno',
      example: '8.000,00',
    },
    { header: 'investimenti', required: false, description: 'Contributo: quota investimenti in euro, al più 6.000,00', example: '' },
    { header: 'servizi', required: false, description: 'Contributo: quota servizi in euro, al più 2.000,00', example: '' },
    { header: 'durata_mesi', required: false, description: 'Prestito: durata in mesi, da 6 a 60', example: '36' },
    {
      header: 'preammortamento_mesi',
      required: false,
      description: 'Prestito: mesi di preammortamento, da 0 a 6 e meno della durata; vuota: 0',
      example: '',
    },
    {
      header: 'descrizione_sostegno',
      required: false,
      description: 'Non monetario: che cosa (un corso pagato, tirocini finanziati, servizi; 3–300 caratteri)',
      example: '',
    },
  ],
} as const satisfies Record<string, readonly ImportColumn[]>;

const PERSON_REF_COLUMNS = [
  {
    header: 'codice_fiscale',
    required: false,
    description: 'Codice fiscale della persona (già registrata o importata); vuoto solo con id_esterno_persona',
    example: 'RSSMRA85T10A944C',
  },
  {
    header: 'id_esterno_persona',
    required: false,
    description: 'In alternativa al codice fiscale: id_esterno della persona nel file PERSONE (già importato)',
    example: 'P-2018-0001',
  },
] as const satisfies readonly ImportColumn[];

/**
 * The people kinds after PERSONE (owner: the people subgraph): every colloquio of a person, and the fragility
 * assessments with their items. Both are keyed by person and day (one colloquio and one assessment per person
 * and day); the person is named by codice fiscale or by the id_esterno of the PERSONE file.
 */
export const PEOPLE_HISTORY_IMPORT_LAYOUTS = {
  COLLOQUI: [
    {
      header: 'id_esterno',
      required: false,
      description: 'Codice del colloquio nel vecchio gestionale (la chiave è persona + data del colloquio)',
      example: 'COL-2019-0001',
    },
    ...PERSON_REF_COLUMNS,
    {
      header: 'data_colloquio',
      required: true,
      description:
        'Data del colloquio (GG/MM/AAAA o AAAA-MM-GG), non prima dell’iscrizione; un colloquio per persona e giorno: lo stesso giorno di data_colloquio del file PERSONE è lo stesso colloquio',
      example: '14/03/2019',
    },
    { header: 'modalita', required: true, description: 'in presenza, videochiamata, telefono', example: 'in presenza' },
    { header: 'operatore', required: false, description: 'Nome dell’operatore che ha svolto il colloquio', example: 'Giulia Bianchi' },
    {
      header: 'esito',
      required: true,
      description: 'svolto o non presentato (il primo colloquio svolto è quello che conta nel monitoraggio)',
      example: 'svolto',
    },
    { header: 'note', required: false, description: 'Note dell’operatore (al più 2000 caratteri)', example: '' },
  ],
  VALUTAZIONI: [
    {
      header: 'id_esterno',
      required: false,
      description: 'Codice della valutazione nel vecchio gestionale (la chiave è persona + data della valutazione)',
      example: 'VAL-2019-0001',
    },
    ...PERSON_REF_COLUMNS,
    {
      header: 'data_valutazione',
      required: true,
      description: 'Data della valutazione, dopo un colloquio svolto (una valutazione per persona e giorno)',
      example: '14/03/2019',
    },
    {
      header: 'versione_strumento',
      required: false,
      description: 'Versione della scheda di valutazione usata; vuota: la versione attiva',
      example: '1',
    },
    {
      header: 'risposte',
      required: false,
      description:
        'Se note, le risposte a tutte le domande della scheda come CODICE_DOMANDA=CODICE_RISPOSTA separate da virgole (es. UNEMPLOYMENT_DURATION=GT_24M, HOUSING_SITUATION=STABLE, …)',
      example:
        'UNEMPLOYMENT_DURATION=GT_24M, LAST_CONTRACT=SHORT, HOUSEHOLD_INCOME=SUPPORT, DEBTS=SOME, HOUSING_SITUATION=PRECARIOUS, HEALTH_LIMITS=NONE, CARE_SERVICES=NO, CARE_LOAD=NONE, SOCIAL_NETWORK=WEAK, EDUCATION=LOWER_SECONDARY, ITALIAN=BASIC, DIGITAL=WITH_HELP, MOBILITY=YES',
    },
    {
      header: 'punteggio',
      required: false,
      description: 'Punteggio totale: obbligatorio senza risposte; con le risposte deve coincidere con la loro somma',
      example: '13',
    },
    {
      header: 'profilo',
      required: false,
      description: 'forte o in target: se indicato deve corrispondere al punteggio (soglia della scheda: 11)',
      example: 'in target',
    },
    {
      header: 'prontezza',
      required: false,
      description: 'Solo per profilo in target: pronto, non pronto, fragile, in valutazione; vuota: in valutazione',
      example: 'pronto',
    },
    { header: 'operatore', required: false, description: 'Nome dell’operatore che ha compilato la scheda', example: 'Giulia Bianchi' },
    { header: 'note', required: false, description: 'Note (al più 2000 caratteri)', example: '' },
  ],
} as const satisfies Record<string, readonly ImportColumn[]>;

/**
 * The vacancies of the old system (owner: the companies subgraph), between SEDI and INSERIMENTI: each feeds
 * the matching read model as a live vacancy does.
 */
export const VACANCY_IMPORT_LAYOUTS = {
  OFFERTE: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice del fabbisogno (offerta) nel vecchio gestionale (chiave dell’offerta)',
      example: 'OFF-2019-0001',
    },
    {
      header: 'partita_iva_azienda',
      required: false,
      description: 'Partita IVA dell’azienda (già presente o importata); vuota solo con id_esterno_azienda',
      example: '02402671206',
    },
    {
      header: 'id_esterno_azienda',
      required: false,
      description: 'In alternativa alla partita IVA: id_esterno dell’azienda nel file AZIENDE',
      example: 'AZ-0001',
    },
    {
      header: 'sede',
      required: false,
      description: 'id_esterno della sede (file SEDI) dell’azienda: il comune di lavoro è quello della sede',
      example: 'SD-0001',
    },
    {
      header: 'comune_istat',
      required: false,
      description: 'Codice ISTAT del comune di lavoro: obbligatorio senza sede (con la sede deve coincidere)',
      example: '',
    },
    { header: 'titolo', required: true, description: 'Titolo dell’offerta (3–200 caratteri)', example: 'Addetto/a alle pulizie' },
    {
      header: 'contratto',
      required: false,
      description: 'tempo determinato, tempo indeterminato, in proprio, a chiamata',
      example: 'tempo determinato',
    },
    { header: 'ore_settimanali', required: false, description: 'Ore settimanali, 1–48', example: '30' },
    { header: 'posti', required: true, description: 'Posti da coprire, 1–500', example: '2' },
    {
      header: 'competenze_richieste',
      required: false,
      description: 'Codici del vocabolario delle competenze del programma separati da virgole (es. pulizie, carrelli-elevatori, magazzino)',
      example: 'pulizie, lavasciuga',
    },
    {
      header: 'competenze_gradite',
      required: false,
      description: 'Codici del vocabolario delle competenze gradite, separati da virgole (non ripetono le richieste)',
      example: 'igiene-sanificazione',
    },
    {
      header: 'livello_italiano',
      required: false,
      description: 'Livello minimo di italiano: A1, A2, B1, B2, C1, C2, madrelingua',
      example: 'A2',
    },
    {
      header: 'data_pubblicazione',
      required: true,
      description: 'Data di pubblicazione dell’offerta (GG/MM/AAAA o AAAA-MM-GG), non nel futuro',
      example: '10/01/2019',
    },
    {
      header: 'data_inizio',
      required: false,
      description: 'Data di inizio del lavoro, non prima della pubblicazione',
      example: '01/02/2019',
    },
    { header: 'stato', required: true, description: 'bozza, aperta, coperta, chiusa', example: 'coperta' },
  ],
} as const satisfies Record<string, readonly ImportColumn[]>;

const PROJECT_REFERENCE = {
  header: 'progetto',
  required: true,
  description:
    'Il progetto: id_esterno del file PROGETTI (importato prima), oppure l’identificativo del progetto sulla piattaforma; finanziato',
  example: 'PIS-2019-004',
} as const;

/**
 * The finance kinds (owner: the finance subgraph): social loans (credito sociale) and grants (fondo perduto) of
 * funded projects, then their payments (disbursements, loan repayments), in the order their files go in.
 */
export const FINANCE_IMPORT_LAYOUTS = {
  PRESTITI: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice del prestito nel vecchio gestionale (chiave del prestito)',
      example: 'CS-2020-001',
    },
    PROJECT_REFERENCE,
    {
      header: 'importo',
      required: true,
      description: 'Capitale del prestito in euro, con al più 2 decimali, fino al massimo del prodotto (25.000,00)',
      example: '25.000,00',
    },
    {
      header: 'tasso',
      required: false,
      description: 'Tasso annuo in percentuale (3,25); vuota: il tasso del credito sociale in vigore alla data di approvazione',
      example: '3,25',
    },
    {
      header: 'durata_mesi',
      required: false,
      description: 'Durata in mesi, preammortamento compreso (6–60); vuota: la durata massima del prodotto',
      example: '60',
    },
    {
      header: 'preammortamento_mesi',
      required: false,
      description: 'Mesi di solo interessi all’inizio, al più 6 e meno della durata; vuota: 0',
      example: '6',
    },
    { header: 'banca', required: false, description: 'Banca che eroga il prestito; vuota: Emil Banca', example: 'Emil Banca' },
    {
      header: 'data_approvazione',
      required: true,
      description: 'Data della delibera di finanziamento (GG/MM/AAAA o AAAA-MM-GG): il piano di rimborso parte da qui',
      example: '15/07/2020',
    },
    {
      header: 'data_contratto',
      required: false,
      description: 'Data del contratto con la banca, non prima dell’approvazione (l’erogazione va nel file PAGAMENTI)',
      example: '01/08/2020',
    },
  ],
  CONTRIBUTI: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice del contributo nel vecchio gestionale (chiave del contributo)',
      example: 'FP-2019-004',
    },
    PROJECT_REFERENCE,
    {
      header: 'importo_investimenti',
      required: false,
      description: 'Quota per investimenti (attrezzature, formazione…) in euro, al più 6.000,00; vuota: 0',
      example: '6.000,00',
    },
    {
      header: 'importo_servizi',
      required: false,
      description: 'Quota per servizi (consulenza, realizzazione, comunicazione) in euro, al più 2.000,00; vuota: 0',
      example: '2.000,00',
    },
    {
      header: 'data_approvazione',
      required: true,
      description: 'Data della delibera del contributo (GG/MM/AAAA o AAAA-MM-GG); in tutto al più 8.000,00 euro',
      example: '15/07/2019',
    },
  ],
  PAGAMENTI: [
    {
      header: 'id_esterno',
      required: true,
      description: 'Codice del pagamento nel vecchio gestionale (chiave del pagamento)',
      example: 'PAG-2020-0001',
    },
    {
      header: 'tipo',
      required: true,
      description: 'erogazione (di un prestito o di un contributo) o rimborso (rata di un prestito)',
      example: 'erogazione',
    },
    {
      header: 'prestito',
      required: false,
      description: 'Il prestito: id_esterno del file PRESTITI (per le erogazioni e i rimborsi di un prestito)',
      example: 'CS-2020-001',
    },
    {
      header: 'contributo',
      required: false,
      description: 'Il contributo: id_esterno del file CONTRIBUTI (solo erogazioni; vuota se c’è prestito)',
      example: '',
    },
    { header: 'data', required: true, description: 'Data del pagamento (GG/MM/AAAA o AAAA-MM-GG)', example: '03/08/2020' },
    {
      header: 'importo',
      required: true,
      description:
        'Importo in euro, con al più 2 decimali: l’erogazione di un prestito è il suo capitale, un rimborso non supera quanto dovuto',
      example: '25.000,00',
    },
    {
      header: 'categoria',
      required: false,
      description: 'Solo per un contributo (obbligatoria): investimenti o servizi, entro la quota approvata',
      example: '',
    },
    {
      header: 'ricevuta',
      required: false,
      description: 'Solo per un contributo: numero della ricevuta o fattura; vuota: id_esterno',
      example: '',
    },
  ],
} as const satisfies Record<string, readonly ImportColumn[]>;

export const IMPORT_LAYOUTS: Record<ImportKindName, readonly ImportColumn[]> = {
  PERSONE: [
    { header: 'id_esterno', required: false, description: 'Codice della persona nel vecchio gestionale', example: 'P-2018-0001' },
    {
      header: 'codice_fiscale',
      required: true,
      description: 'Codice fiscale (chiave della persona; coerente con data di nascita e sesso)',
      example: 'RSSMRA85T10A944C',
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
      example: 'RSSMRA85T10A944C',
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
  ...PEOPLE_HISTORY_IMPORT_LAYOUTS,
  ...VACANCY_IMPORT_LAYOUTS,
  ...TRAINING_IMPORT_LAYOUTS,
  ...PROJECTS_IMPORT_LAYOUTS,
  ...FINANCE_IMPORT_LAYOUTS,
};

/**
 * A CSV file of an import layout (`;`, as Italian spreadsheets write it): the header, then one line a row with each
 * row's cells given by column name, in the layout's order (a missing one empty). A cell with `;`, `"` or a line
 * break is quoted, its quotes doubled. Lines end with `eol` (spreadsheets write CRLF); no line break after the last.
 */
export function layoutCsv(layout: readonly { header: string }[], rows: readonly Record<string, string>[], eol = '\n'): string {
  const header = layout.map((c) => c.header);
  const cell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header.join(';'), ...rows.map((r) => header.map((h) => cell(r[h] ?? '')).join(';'))].join(eol);
}

/** The template of a kind as CSV text (`;`, UTF-8 with BOM for Italian spreadsheets): the header and one sample row. */
export function importTemplateCsv(kind: ImportKindName): string {
  const cols = IMPORT_LAYOUTS[kind];
  return `\uFEFF${layoutCsv(cols, [Object.fromEntries(cols.map((c) => [c.header, c.example]))], '\r\n')}\r\n`;
}

/** Where each layout column is among a file's header names (-1 when missing); unknown headers are listed. */
export function importColumnsOf(kind: ImportKindName, header: readonly string[]): { at: Record<string, number>; unknown: string[] } {
  const names = header.map((h) => h.trim().toLowerCase());
  const at: Record<string, number> = {};
  for (const c of IMPORT_LAYOUTS[kind]) at[c.header] = names.indexOf(c.header);
  const known = new Set(IMPORT_LAYOUTS[kind].map((c) => c.header));
  return { at, unknown: names.filter((n) => n !== '' && !known.has(n)) };
}
