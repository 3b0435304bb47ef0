import { describe, expect, it } from 'vitest';
import { declaredFieldRules } from '@ixl/subgraph-kit';
import { subgraphDefinitions } from '@ixl/testkit';
import { PERSONAL_DATA, ROLES } from './authorization-matrix.js';

/**
 * Field read rules are declared once, next to the field (`@ReadableBy` in the subgraphs), and enforced from
 * there; this test checks the authorisation matrix against those declarations, so the two cannot disagree
 * (issue 18, finding 3). The matrix may say more (ownership, `own`), never something else.
 */
await subgraphDefinitions(); // loads every subgraph's classes, and with them their declarations
const declarations = declaredFieldRules();

/** The fields the review found leaking: each must stay declared. */
const FIXED = [
  'Placement.notes',
  'BeneficiaryServiceRecord.notes',
  'BeneficiaryServiceRecord.operatorId',
  'IntakeInterview.operatorId',
  'Beneficiary.erasedAt',
  'ProjectOutcome.beneficiaryId',
  'ProjectOutcome.placementId',
  'ProjectOutcome.placement',
  'SelfEmploymentPath.beneficiaryId',
  'SelfEmploymentPath.history',
  'SelfEmploymentPath.meetings',
  'SelfEmploymentPath.outcome',
];

describe('field read rules: declarations ⇄ authorization-matrix.ts', () => {
  it('declares every field the security review found reaching other roles', () => {
    const names = declarations.map((d) => `${d.type}.${d.field}`);
    expect(FIXED.filter((f) => !names.includes(f))).toEqual([]);
  });

  it.each(declarations.map((d) => [`${d.type}.${d.field}`, d] as const))('%s: the matrix denies exactly the roles not declared', (_, d) => {
    const rule = PERSONAL_DATA[d.type]?.personal[d.field];
    expect(rule, `add ${d.type}.${d.field} to PERSONAL_DATA in authorization-matrix.ts`).toBeDefined();
    for (const role of ROLES) {
      if (role === 'ANONYMOUS') continue;
      const declared = (d.roles as readonly string[]).includes(role);
      expect(rule?.[role] !== 'deny', `${d.type}.${d.field} for ${role}`).toBe(declared);
    }
  });
});
