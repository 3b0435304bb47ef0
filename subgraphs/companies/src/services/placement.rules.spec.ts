import { describe, expect, it } from 'vitest';
import { DomainError } from '@ixl/subgraph-kit';
import type { RecordPlacementInput } from '../dto/placement.input.js';
import { ContractType, PlacementFollowUp, PlacementType } from '../entities/placement.entity.js';
import { validateFollowUp, validatePlacementInput } from './placement.rules.js';

const P = '11111111-1111-4111-8111-111111111111';
const C = '22222222-2222-4222-8222-222222222222';
const base = (patch: Partial<RecordPlacementInput>): RecordPlacementInput =>
  ({ beneficiaryId: P, type: PlacementType.STAGE, startDate: '2026-01-10', companyId: C, ...patch }) as RecordPlacementInput;
const fieldOf = (fn: () => void) => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as DomainError).field;
  }
};

describe('placement rules', () => {
  it('accepts each type with its own requirements', () => {
    expect(
      fieldOf(() => validatePlacementInput(base({ type: PlacementType.ASSUNZIONE, contract: ContractType.A_CHIAMATA }))),
    ).toBeUndefined();
    expect(fieldOf(() => validatePlacementInput(base({ type: PlacementType.MINI_JOB, hoursPerWeek: 19 })))).toBeUndefined();
    expect(fieldOf(() => validatePlacementInput(base({ type: PlacementType.LAVORO_AUTONOMO, companyId: null })))).toBeUndefined();
  });

  it('keeps mini jobs under 20 hours a week', () => {
    expect(fieldOf(() => validatePlacementInput(base({ type: PlacementType.MINI_JOB, hoursPerWeek: 20 })))).toBe('hoursPerWeek');
  });

  it('turns only a stage or tirocinio into a hire at the same company', () => {
    const conv = base({
      type: PlacementType.ASSUNZIONE,
      contract: ContractType.TEMPO_DETERMINATO,
      previousPlacementId: C,
      followUp: PlacementFollowUp.CONVERSION,
      startDate: '2026-07-01',
    });
    expect(
      fieldOf(() => validateFollowUp(conv, { beneficiaryId: P, type: PlacementType.TIROCINIO, companyId: C, startDate: '2026-01-10' })),
    ).toBeUndefined();
    expect(
      fieldOf(() => validateFollowUp(conv, { beneficiaryId: P, type: PlacementType.MINI_JOB, companyId: C, startDate: '2026-01-10' })),
    ).toBe('previousPlacementId');
    expect(
      fieldOf(() => validateFollowUp(conv, { beneficiaryId: P, type: PlacementType.STAGE, companyId: null, startDate: '2026-01-10' })),
    ).toBe('companyId');
    expect(
      fieldOf(() => validateFollowUp(conv, { beneficiaryId: P, type: PlacementType.STAGE, companyId: C, startDate: '2026-08-01' })),
    ).toBe('startDate');
  });
});
