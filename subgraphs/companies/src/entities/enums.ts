import { registerEnumType } from 'type-graphql';

/** CEFR level of Italian (matching requirement and profile value). */
export enum CompanyCefrLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
  NATIVE = 'NATIVE',
}
registerEnumType(CompanyCefrLevel, { name: 'CompanyCefrLevel', description: 'CEFR level of Italian' });

/** Rank used to compare levels in SQL and code (A1 = 1 … NATIVE = 7). */
export const CEFR_RANK: Record<string, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, NATIVE: 7 };

export enum WorkShift {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
  WEEKEND = 'WEEKEND',
}
registerEnumType(WorkShift, { name: 'WorkShift' });
