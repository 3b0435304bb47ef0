import { describe, expect, it } from 'vitest';
import { auditDraftFromParams, auditDraftProblems, auditParams, auditVariables, EMPTY_AUDIT_DRAFT, pageSize } from './audit-filters.js';

describe('audit log filters', () => {
  it('round-trips through the address, leaving out empty values and the default page size', () => {
    const d = { ...EMPTY_AUDIT_DRAFT, persona: ' abc ', azione: 'READ', dal: '2026-03-01' };
    expect(auditParams(d)).toEqual({ persona: 'abc', azione: 'READ', dal: '2026-03-01' });
    expect(auditDraftFromParams(new URLSearchParams({ persona: 'abc', righe: '50' }))).toEqual({
      ...EMPTY_AUDIT_DRAFT,
      persona: 'abc',
      righe: '50',
    });
    expect(pageSize({ ...EMPTY_AUDIT_DRAFT, righe: '7' })).toBe(20);
  });

  it('turns Rome days into instants, the end day included, and drops unknown actions and sources', () => {
    const v = auditVariables(
      { ...EMPTY_AUDIT_DRAFT, persona: 'x', azione: 'NOPE', fonte: 'mars', dal: '2026-07-01', al: '2026-07-31' },
      5000,
    );
    expect(v).toEqual({
      beneficiaryId: 'x',
      actorId: null,
      action: null,
      source: null,
      from: '2026-06-30T22:00:00.000Z',
      to: '2026-07-31T22:00:00.000Z',
      first: 1000,
    });
    expect(auditVariables({ ...EMPTY_AUDIT_DRAFT, azione: 'CHANGE', fonte: 'companies' }, 20)).toMatchObject({
      action: 'CHANGE',
      source: 'companies',
      from: null,
      to: null,
      first: 20,
    });
  });

  it('refuses a malformed day and an end before the start', () => {
    expect(auditDraftProblems({ ...EMPTY_AUDIT_DRAFT, dal: '2026-02-30' })).toEqual({ from: 'audit.error.day' });
    expect(auditDraftProblems({ ...EMPTY_AUDIT_DRAFT, dal: '2026-03-02', al: '2026-03-01' })).toEqual({ to: 'audit.error.toBeforeFrom' });
    expect(auditDraftProblems({ ...EMPTY_AUDIT_DRAFT, dal: '2026-03-01', al: '2026-03-01' })).toEqual({});
  });
});
