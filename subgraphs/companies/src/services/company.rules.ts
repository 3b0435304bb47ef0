import { badInput } from '@ixl/subgraph-kit';
import { findMunicipality } from '@ixl/territory';
import type { CompanyFieldsInput } from '../dto/company.input.js';
import { isIsoDate, todayInRome } from '@ixl/calendar';

export interface CompanyFields {
  name: string;
  vatNumber: string | null;
  association: string | null;
  atecoCode: string | null;
  municipalityCode: string;
  boardJoinedOn: string | null;
  boardLeftOn: string | null;
  thirdSector: boolean;
}

const ATECO = /^\d{2}(\.\d{1,2}){0,2}$/;
const VAT = /^\d{11}$/;

/** Merges `input` over `base` (null on registration) and validates; null clears optional fields. Pure. */
export function validateCompanyFields(input: CompanyFieldsInput, base: CompanyFields | null): CompanyFields {
  const opt = (key: Exclude<keyof CompanyFieldsInput & keyof CompanyFields, 'thirdSector'>): string | null => {
    const v = input[key];
    if (v === undefined) return base ? (base[key] as string | null) : null;
    return v?.trim() || null;
  };
  const name = opt('name') ?? '';
  if (name.length < 2 || name.length > 200) throw badInput('name', 'COMPANY_NAME_LENGTH');
  const vatNumber = opt('vatNumber');
  if (vatNumber && !VAT.test(vatNumber)) throw badInput('vatNumber', 'VAT_NUMBER_FORMAT');
  const atecoCode = opt('atecoCode');
  if (atecoCode && !ATECO.test(atecoCode)) throw badInput('atecoCode', 'ATECO_CODE_FORMAT');
  const municipalityCode = opt('municipalityCode') ?? '';
  if (!findMunicipality(municipalityCode)) throw badInput('municipalityCode', 'UNKNOWN_MUNICIPALITY_CODE');
  const association = opt('association');
  if (association && association.length > 100) throw badInput('association', 'TEXT_TOO_LONG_100');
  const boardJoinedOn = opt('boardJoinedOn');
  const boardLeftOn = opt('boardLeftOn');
  if (boardJoinedOn && !isIsoDate(boardJoinedOn)) throw badInput('boardJoinedOn', 'DATE_FORMAT');
  if (boardLeftOn && !isIsoDate(boardLeftOn)) throw badInput('boardLeftOn', 'DATE_FORMAT');
  if (boardLeftOn && !boardJoinedOn) throw badInput('boardJoinedOn', 'BOARD_LEAVE_BEFORE_JOIN');
  if (boardLeftOn && boardJoinedOn && boardLeftOn < boardJoinedOn) throw badInput('boardLeftOn', 'BOARD_LEAVE_DATE_BEFORE_JOIN');
  const thirdSector = input.thirdSector ?? base?.thirdSector ?? false;
  return { name, vatNumber, association, atecoCode, municipalityCode, boardJoinedOn, boardLeftOn, thirdSector };
}

/**
 * Whether a company is in the Board di imprese on `day` (an ISO date; today in Rome by default): joined on or
 * before it, and not left by then (the leaving day is its first day outside). Pure.
 */
export function isBoardMemberOn(company: Pick<CompanyFields, 'boardJoinedOn' | 'boardLeftOn'>, day: string = todayInRome()): boolean {
  return !!company.boardJoinedOn && company.boardJoinedOn <= day && (!company.boardLeftOn || company.boardLeftOn > day);
}
