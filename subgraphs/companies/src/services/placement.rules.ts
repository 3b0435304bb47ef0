import { badInput, isUuid } from '@ixl/subgraph-kit';
import type { RecordPlacementInput } from '../dto/placement.input.js';
import { ContractType, PlacementFollowUp, PlacementType } from '../entities/placement.entity.js';
import { isIsoDate } from '@ixl/calendar';

export const MINI_JOB_MAX_HOURS_EXCLUSIVE = 20;

/** Rules of one placement on its own (no I/O); throws BAD_USER_INPUT with the field at fault. */
export function validatePlacementInput(input: RecordPlacementInput): void {
  for (const key of ['beneficiaryId', 'companyId', 'vacancyId', 'sourceEditionId', 'previousPlacementId'] as const) {
    const v = input[key];
    if (v && !isUuid(v)) throw badInput(key, `${key} is not a valid id`);
  }
  if (input.type === PlacementType.ASSUNZIONE && !input.contract) throw badInput('contract', 'A hire (ASSUNZIONE) needs the contract type');
  if (input.type !== PlacementType.ASSUNZIONE && input.contract) throw badInput('contract', 'Only a hire (ASSUNZIONE) has a contract type');
  if (input.hoursPerWeek != null && (!Number.isInteger(input.hoursPerWeek) || input.hoursPerWeek < 1 || input.hoursPerWeek > 48))
    throw badInput('hoursPerWeek', 'Hours per week must be a whole number between 1 and 48');
  if (input.type === PlacementType.MINI_JOB && (input.hoursPerWeek == null || input.hoursPerWeek >= MINI_JOB_MAX_HOURS_EXCLUSIVE))
    throw badInput('hoursPerWeek', 'A mini job must be under 20 hours a week');
  if (input.type !== PlacementType.LAVORO_AUTONOMO && !input.companyId)
    throw badInput('companyId', 'Choose the company (only self-employment has none)');
  if (!isIsoDate(input.startDate)) throw badInput('startDate', 'The start date must be a date as YYYY-MM-DD');
  if (input.endDate != null) {
    if (!isIsoDate(input.endDate)) throw badInput('endDate', 'The end date must be a date as YYYY-MM-DD');
    if (input.endDate < input.startDate) throw badInput('endDate', 'The end date is before the start date');
    if (input.contract === ContractType.TEMPO_INDETERMINATO) throw badInput('endDate', 'A permanent contract has no end date');
  }
  if (!!input.previousPlacementId !== !!input.followUp)
    throw badInput(
      input.previousPlacementId ? 'followUp' : 'previousPlacementId',
      'Renewals, extensions and conversions need both the previous placement and the kind of follow-up',
    );
  if (input.followUp === PlacementFollowUp.CONVERSION && input.type !== PlacementType.ASSUNZIONE)
    throw badInput('type', 'A conversion turns a stage or traineeship into a hire (ASSUNZIONE)');
  if (input.notes && input.notes.length > 2000) throw badInput('notes', 'Notes must be at most 2000 characters');
}

/** Rules linking a follow-up to the placement it follows. */
export function validateFollowUp(
  input: RecordPlacementInput,
  previous: { beneficiaryId: string; type: PlacementType; companyId: string | null; startDate: string },
): void {
  if (previous.beneficiaryId !== input.beneficiaryId)
    throw badInput('previousPlacementId', 'The previous placement belongs to another person');
  if (input.startDate < previous.startDate) throw badInput('startDate', 'A follow-up cannot start before the placement it follows');
  if (input.followUp === PlacementFollowUp.CONVERSION) {
    if (previous.type !== PlacementType.STAGE && previous.type !== PlacementType.TIROCINIO)
      throw badInput('previousPlacementId', 'Only a stage or traineeship can be converted into a contract');
  } else if (previous.type !== input.type)
    throw badInput(
      'type',
      `A ${input.followUp === PlacementFollowUp.RENEWAL ? 'renewal' : 'extension'} keeps the placement type (${previous.type})`,
    );
  if (previous.companyId !== (input.companyId ?? null))
    throw badInput('companyId', 'A renewal, extension or conversion stays with the same company');
}
