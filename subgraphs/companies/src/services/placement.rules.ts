import { badInput, isUuid } from '@ixl/subgraph-kit';
import type { RecordPlacementInput } from '../dto/placement.input.js';
import { ContractType, PlacementFollowUp, PlacementType } from '../entities/placement.entity.js';
import { isIsoDate } from '@ixl/calendar';

export const MINI_JOB_MAX_HOURS_EXCLUSIVE = 20;

/** Rules of one placement on its own (no I/O); throws BAD_USER_INPUT with the field at fault. */
export function validatePlacementInput(input: RecordPlacementInput): void {
  for (const key of ['beneficiaryId', 'companyId', 'vacancyId', 'sourceEditionId', 'previousPlacementId'] as const) {
    const v = input[key];
    if (v && !isUuid(v)) throw badInput(key, 'INVALID_ID', { field: key });
  }
  if (input.type === PlacementType.ASSUNZIONE && !input.contract) throw badInput('contract', 'HIRE_NEEDS_CONTRACT');
  if (input.type !== PlacementType.ASSUNZIONE && input.contract) throw badInput('contract', 'CONTRACT_ONLY_FOR_HIRE');
  if (input.hoursPerWeek != null && (!Number.isInteger(input.hoursPerWeek) || input.hoursPerWeek < 1 || input.hoursPerWeek > 48))
    throw badInput('hoursPerWeek', 'HOURS_PER_WEEK_RANGE');
  if (input.type === PlacementType.MINI_JOB && (input.hoursPerWeek == null || input.hoursPerWeek >= MINI_JOB_MAX_HOURS_EXCLUSIVE))
    throw badInput('hoursPerWeek', 'MINI_JOB_HOURS');
  if (input.type !== PlacementType.LAVORO_AUTONOMO && !input.companyId) throw badInput('companyId', 'PLACEMENT_COMPANY_REQUIRED');
  if (!isIsoDate(input.startDate)) throw badInput('startDate', 'START_DATE_FORMAT');
  if (input.endDate != null) {
    if (!isIsoDate(input.endDate)) throw badInput('endDate', 'END_DATE_FORMAT');
    if (input.endDate < input.startDate) throw badInput('endDate', 'END_BEFORE_START');
    if (input.contract === ContractType.TEMPO_INDETERMINATO) throw badInput('endDate', 'PERMANENT_HAS_NO_END');
  }
  if (!!input.previousPlacementId !== !!input.followUp)
    throw badInput(input.previousPlacementId ? 'followUp' : 'previousPlacementId', 'FOLLOW_UP_INCOMPLETE');
  if (input.followUp === PlacementFollowUp.CONVERSION && input.type !== PlacementType.ASSUNZIONE)
    throw badInput('type', 'CONVERSION_MUST_BE_HIRE');
  if (input.notes && input.notes.length > 2000) throw badInput('notes', 'NOTES_TOO_LONG');
}

/** Rules linking a follow-up to the placement it follows. */
export function validateFollowUp(
  input: RecordPlacementInput,
  previous: { beneficiaryId: string; type: PlacementType; companyId: string | null; startDate: string },
): void {
  if (previous.beneficiaryId !== input.beneficiaryId) throw badInput('previousPlacementId', 'PREVIOUS_PLACEMENT_OTHER_PERSON');
  if (input.startDate < previous.startDate) throw badInput('startDate', 'FOLLOW_UP_BEFORE_PREVIOUS');
  if (input.followUp === PlacementFollowUp.CONVERSION) {
    if (previous.type !== PlacementType.STAGE && previous.type !== PlacementType.TIROCINIO)
      throw badInput('previousPlacementId', 'CONVERSION_ONLY_FROM_STAGE');
  } else if (previous.type !== input.type)
    throw badInput('type', 'FOLLOW_UP_KEEPS_TYPE', {
      followUp: input.followUp === PlacementFollowUp.RENEWAL ? 'renewal' : 'extension',
      placementType: previous.type,
    });
  if (previous.companyId !== (input.companyId ?? null)) throw badInput('companyId', 'FOLLOW_UP_SAME_COMPANY');
}
