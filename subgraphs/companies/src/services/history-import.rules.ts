// Pure rules of the history import (issue 27): the header against the kind's layout, and each row into
// normalised values or its errors (file, sheet, line, column, reason code and params). No I/O.

import { randomUUID } from 'node:crypto';
import type { ImportKindName } from '@ixl/contracts';
import { DomainError, importDate, ImportRowProblems, type ImportRowProblem } from '@ixl/subgraph-kit';
import { findMunicipality, isValidCodiceFiscale } from '@ixl/territory';
import { ContractType, PlacementFollowUp, PlacementType } from '../entities/placement.entity.js';
import { validateCompanyFields } from './company.rules.js';
import { validatePlacementInput } from './placement.rules.js';

export interface CompanyRow {
  vatNumber: string;
  externalId: string | null;
  name: string;
  municipalityCode: string;
  atecoCode: string | null;
  association: string | null;
  boardJoinedOn: string | null;
  boardLeftOn: string | null;
}
export interface SiteRow {
  externalId: string;
  vatNumber: string;
  name: string;
  municipalityCode: string;
  address: string | null;
}
export interface PlacementRow {
  externalId: string;
  codiceFiscale: string;
  vatNumber: string | null;
  type: PlacementType;
  contract: ContractType | null;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number | null;
  previousExternalId: string | null;
  followUp: PlacementFollowUp | null;
}
export type ImportRowValues = CompanyRow | SiteRow | PlacementRow;

const CODES = {
  tipo: {
    assunzione: PlacementType.ASSUNZIONE,
    stage: PlacementType.STAGE,
    tirocinio: PlacementType.TIROCINIO,
    'mini job': PlacementType.MINI_JOB,
    'lavoro autonomo': PlacementType.LAVORO_AUTONOMO,
  },
  contratto: {
    'tempo determinato': ContractType.TEMPO_DETERMINATO,
    'tempo indeterminato': ContractType.TEMPO_INDETERMINATO,
    'in proprio': ContractType.IN_PROPRIO,
    'a chiamata': ContractType.A_CHIAMATA,
  },
  seguito: { rinnovo: PlacementFollowUp.RENEWAL, proroga: PlacementFollowUp.EXTENSION, trasformazione: PlacementFollowUp.CONVERSION },
} as const;

/** Which column a rule's field is in, per kind (errors from the shared validators name API fields). */
const FIELD_COLUMN: Record<string, string> = {
  name: 'ragione_sociale',
  vatNumber: 'partita_iva',
  atecoCode: 'codice_ateco',
  municipalityCode: 'comune_istat',
  association: 'associazione',
  boardJoinedOn: 'ingresso_board',
  boardLeftOn: 'uscita_board',
  beneficiaryId: 'codice_fiscale',
  companyId: 'partita_iva_azienda',
  type: 'tipo',
  contract: 'contratto',
  startDate: 'data_inizio',
  endDate: 'data_fine',
  hoursPerWeek: 'ore_settimanali',
  previousPlacementId: 'id_esterno_precedente',
  followUp: 'seguito',
};

/** Reads one record of a kind into its values, or throws RowErrors with every problem found. */
export function parseValues(kind: ImportKindName, get: (column: string) => string): ImportRowValues {
  const errors: ImportRowProblem[] = [];
  const req = (column: string): string => {
    const v = get(column);
    if (v === '') errors.push({ column, reasonCode: 'IMPORT_REQUIRED', params: { column } });
    return v;
  };
  const opt = (column: string): string | null => get(column) || null;
  const date = (column: string, required: boolean): string | null => {
    const v = required ? req(column) : get(column);
    if (v === '') return null;
    const d = importDate(v);
    if (!d) errors.push({ column, reasonCode: 'IMPORT_DATE_FORMAT', params: { value: v } });
    return d;
  };
  const code = <T>(column: keyof typeof CODES, required: boolean): T | null => {
    const v = (required ? req(column) : get(column)).toLowerCase().replace(/[_\s]+/g, ' ');
    if (v === '') return null;
    const table = CODES[column] as unknown as Record<string, T>;
    const hit = table[v] ?? Object.values(table).find((x) => String(x).toLowerCase().replace(/_/g, ' ') === v);
    if (hit === undefined)
      errors.push({ column, reasonCode: 'IMPORT_CODE_UNKNOWN', params: { value: get(column), allowed: Object.keys(table).join(', ') } });
    return hit ?? null;
  };
  const fromRule = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors.push({ column: (e.field && FIELD_COLUMN[e.field]) ?? null, reasonCode: e.reason, params: { ...e.params } });
    }
  };
  let values: ImportRowValues;
  if (kind === 'AZIENDE') {
    const raw = {
      vatNumber: req('partita_iva'),
      name: req('ragione_sociale'),
      municipalityCode: req('comune_istat'),
      atecoCode: opt('codice_ateco'),
      association: opt('associazione'),
      boardJoinedOn: date('ingresso_board', false),
      boardLeftOn: date('uscita_board', false),
    };
    let fields = null as ReturnType<typeof validateCompanyFields> | null;
    if (!errors.length) fromRule(() => (fields = validateCompanyFields(raw, null)));
    values = { ...raw, ...(fields ?? {}), vatNumber: raw.vatNumber, externalId: opt('id_esterno') } as CompanyRow;
  } else if (kind === 'SEDI') {
    const raw = {
      externalId: req('id_esterno'),
      vatNumber: req('partita_iva_azienda'),
      name: req('nome'),
      municipalityCode: req('comune_istat'),
      address: opt('indirizzo'),
    };
    if (raw.vatNumber && !/^\d{11}$/.test(raw.vatNumber))
      errors.push({ column: 'partita_iva_azienda', reasonCode: 'VAT_NUMBER_FORMAT', params: {} });
    if (raw.name.length > 200) errors.push({ column: 'nome', reasonCode: 'COMPANY_NAME_LENGTH', params: {} });
    if (raw.municipalityCode && !findMunicipality(raw.municipalityCode))
      errors.push({ column: 'comune_istat', reasonCode: 'UNKNOWN_MUNICIPALITY_CODE', params: {} });
    values = raw;
  } else {
    const codiceFiscale = req('codice_fiscale').toUpperCase();
    if (codiceFiscale && !isValidCodiceFiscale(codiceFiscale))
      errors.push({ column: 'codice_fiscale', reasonCode: 'IMPORT_CF_FORMAT', params: {} });
    const vatNumber = opt('partita_iva_azienda');
    if (vatNumber && !/^\d{11}$/.test(vatNumber))
      errors.push({ column: 'partita_iva_azienda', reasonCode: 'VAT_NUMBER_FORMAT', params: {} });
    const hoursText = get('ore_settimanali');
    const hours = hoursText === '' ? null : /^\d+$/.test(hoursText) ? Number(hoursText) : NaN;
    if (Number.isNaN(hours)) errors.push({ column: 'ore_settimanali', reasonCode: 'IMPORT_NUMBER_FORMAT', params: { value: hoursText } });
    const row: PlacementRow = {
      externalId: req('id_esterno'),
      codiceFiscale,
      vatNumber,
      type: code<PlacementType>('tipo', true) as PlacementType,
      contract: code<ContractType>('contratto', false),
      startDate: date('data_inizio', true) ?? '',
      endDate: date('data_fine', false),
      hoursPerWeek: Number.isNaN(hours) ? null : hours,
      previousExternalId: opt('id_esterno_precedente'),
      followUp: code<PlacementFollowUp>('seguito', false),
    };
    if (!errors.length) {
      const placeholder = randomUUID();
      fromRule(() =>
        validatePlacementInput({
          beneficiaryId: placeholder,
          companyId: row.vatNumber ? placeholder : null,
          type: row.type,
          contract: row.contract,
          startDate: row.startDate,
          endDate: row.endDate,
          hoursPerWeek: row.hoursPerWeek,
          previousPlacementId: row.previousExternalId ? placeholder : null,
          followUp: row.followUp,
        } as Parameters<typeof validatePlacementInput>[0]),
      );
    }
    values = row;
  }
  if (errors.length) throw new ImportRowProblems(errors);
  return values;
}

/** The key of a row in the external-id mapping: the partita IVA for companies, the old system's id otherwise. */
export function rowKey(kind: ImportKindName, values: ImportRowValues): string {
  return kind === 'AZIENDE' ? (values as CompanyRow).vatNumber : (values as SiteRow | PlacementRow).externalId;
}
