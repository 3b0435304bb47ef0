import { badInput } from '@ixl/subgraph-kit';
import { findMunicipality } from '@ixl/territory';
import type { CompanyFieldsInput } from '../dto/company.input.js';
import { isIsoDate } from '@ixl/calendar';

export interface CompanyFields {
  name: string;
  vatNumber: string | null;
  association: string | null;
  atecoCode: string | null;
  municipalityCode: string;
  boardJoinedOn: string | null;
  boardLeftOn: string | null;
}

const ATECO = /^\d{2}(\.\d{1,2}){0,2}$/;
const VAT = /^\d{11}$/;

/** Merges `input` over `base` (null on registration) and validates; null clears optional fields. Pure. */
export function validateCompanyFields(input: CompanyFieldsInput, base: CompanyFields | null): CompanyFields {
  const opt = (key: keyof CompanyFieldsInput & keyof CompanyFields): string | null => {
    const v = input[key];
    if (v === undefined) return base ? (base[key] as string | null) : null;
    return v?.trim() || null;
  };
  const name = opt('name') ?? '';
  if (name.length < 2 || name.length > 200) throw badInput('name', 'The name must be 2 to 200 characters');
  const vatNumber = opt('vatNumber');
  if (vatNumber && !VAT.test(vatNumber)) throw badInput('vatNumber', 'The partita IVA is 11 digits');
  const atecoCode = opt('atecoCode');
  if (atecoCode && !ATECO.test(atecoCode)) throw badInput('atecoCode', 'The ATECO code looks like 81.21 or 81.21.00');
  const municipalityCode = opt('municipalityCode') ?? '';
  if (!findMunicipality(municipalityCode))
    throw badInput('municipalityCode', 'Unknown municipality (ISTAT code of the Città metropolitana)');
  const association = opt('association');
  if (association && association.length > 100) throw badInput('association', 'At most 100 characters');
  const boardJoinedOn = opt('boardJoinedOn');
  const boardLeftOn = opt('boardLeftOn');
  if (boardJoinedOn && !isIsoDate(boardJoinedOn)) throw badInput('boardJoinedOn', 'The date must be YYYY-MM-DD');
  if (boardLeftOn && !isIsoDate(boardLeftOn)) throw badInput('boardLeftOn', 'The date must be YYYY-MM-DD');
  if (boardLeftOn && !boardJoinedOn) throw badInput('boardJoinedOn', 'A company leaves the board only after joining it');
  if (boardLeftOn && boardJoinedOn && boardLeftOn < boardJoinedOn)
    throw badInput('boardLeftOn', 'The leaving date is before the joining date');
  return { name, vatNumber, association, atecoCode, municipalityCode, boardJoinedOn, boardLeftOn };
}
