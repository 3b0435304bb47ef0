import { describe, expect, it } from 'vitest';
import { ApproverRole } from '../entities/approval.entity.js';
import { approverRefusal, canonicalJson, needsApproval, sameLedgerLines } from './approval.rules.js';

const rule = { required: true, thresholdCents: 50_000, approverRole: ApproverRole.ADMIN, approverUserIds: ['u-named'] };
const staff = (userId: string) => ({ role: 'STAFF' as const, userId });
const admin = (userId: string) => ({ role: 'ADMIN' as const, userId });

describe('maker-checker rules', () => {
  it('needs approval from the threshold on; never when not required; always without a rule', () => {
    expect(needsApproval(rule, 49_999)).toBe(false);
    expect(needsApproval(rule, 50_000)).toBe(true);
    expect(needsApproval({ ...rule, required: false }, 10_000_000)).toBe(false);
    expect(needsApproval(null, 1)).toBe(true);
  });

  it('refuses the maker, then allows the role or a named approver', () => {
    expect(approverRefusal(admin('m') as never, 'm', rule)).toBe('APPROVAL_OWN_REQUEST');
    expect(approverRefusal(staff('other') as never, 'm', rule)).toBe('APPROVER_NOT_ALLOWED');
    expect(approverRefusal(staff('u-named') as never, 'm', rule)).toBeNull();
    expect(approverRefusal(admin('a') as never, 'm', rule)).toBeNull();
    expect(approverRefusal(staff('other') as never, 'm', { ...rule, approverRole: ApproverRole.STAFF })).toBeNull();
    expect(approverRefusal({ role: 'COMPANY', userId: 'u-named' } as never, 'm', rule)).toBe('APPROVER_NOT_ALLOWED');
  });

  it('lets only another ADMIN decide a change of the rules, even a named STAFF approver', () => {
    expect(approverRefusal(staff('u-named') as never, 'm', rule, true)).toBe('APPROVAL_RULE_DECIDED_BY_ADMIN');
    expect(approverRefusal(staff('other') as never, 'm', { ...rule, approverRole: ApproverRole.STAFF }, true)).toBe(
      'APPROVAL_RULE_DECIDED_BY_ADMIN',
    );
    expect(approverRefusal(admin('m') as never, 'm', rule, true)).toBe('APPROVAL_OWN_REQUEST');
    expect(approverRefusal(admin('a') as never, 'm', rule, true)).toBeNull();
  });

  it('hashes content independently of key order and compares ledger lines as sets', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
    const l = { account: 'X', amountCents: 5, bookedOn: '2026-01-01', memo: null, dimensions: { loanId: 'a' } };
    expect(sameLedgerLines([l, { ...l, amountCents: 6 }], [{ ...l, amountCents: 6 }, l])).toBe(true);
    expect(sameLedgerLines([l], [{ ...l, amountCents: 6 }])).toBe(false);
  });
});
