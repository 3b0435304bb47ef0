import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Caller } from '@ixl/auth';
import { badInput, DomainError, forbidden, isUuid, notFound, requireStaff } from '@ixl/subgraph-kit';
import {
  ApprovalRequest,
  ApprovalRule,
  ApprovalRuleChange,
  ApprovalState,
  ApproverRole,
  MoneyOperationKind,
  type ApprovalPreview,
  type PreviewLedgerLine,
} from '../entities/approval.entity.js';
import type { LedgerEntry } from '../entities/ledger-entry.entity.js';
import { bookedLines } from './ledger.service.js';
import { MONEY_OPERATIONS, type MoneyOperation, type OperationResult } from './approval-operations.js';
import { APPROVAL_DUE_MS, approverRefusal, canonicalJson, needsApproval, sameLedgerLines, sha256 } from './approval.rules.js';

/**
 * Maker-checker for money (issue 26). A money mutation *prepares* the operation: its effect code runs once in a
 * transaction that is rolled back (so it is validated exactly as it will run, and the ledger lines it would write and
 * the target's state before/after are known), then either it runs for real (no approval needed under the rules) or a
 * PENDING request records its full content. A second STAFF/ADMIN user allowed by the rule approves it (the same effect
 * code runs in the approval's transaction: ledger lines, events) or rejects it with a reason (nothing is booked).
 */

export enum OperationOutcomeStatus {
  EXECUTED = 'EXECUTED',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
}

/** Why a money mutation ran at once or waits: a stable code the portals translate. */
export enum OperationOutcomeReason {
  APPROVAL_REQUIRED = 'APPROVAL_REQUIRED',
  BELOW_APPROVAL_THRESHOLD = 'BELOW_APPROVAL_THRESHOLD',
  APPROVAL_NOT_REQUIRED = 'APPROVAL_NOT_REQUIRED',
}

export interface OperationOutcome<T> {
  status: OperationOutcomeStatus;
  reason: OperationOutcomeReason;
  request: ApprovalRequest | null;
  result: T | null;
}

type Payload = Record<string, unknown>;
class DryRunDone extends Error {
  constructor(readonly value: { preview: ApprovalPreview; amountCents: number; targetHash: string }) {
    super('dry run');
  }
}

const DIMENSIONS = [
  'loanId',
  'installmentNumber',
  'grantId',
  'expenseLineId',
  'settlementId',
  'stageIndemnityId',
  'budgetLineId',
  'reversesEntryId',
] as const;

function previewLine(e: LedgerEntry): PreviewLedgerLine {
  const dimensions: Record<string, string | number> = {};
  for (const d of DIMENSIONS) if (e[d] != null) dimensions[d] = e[d] as string | number;
  return { account: e.account, amountCents: Number(e.amountCents), bookedOn: e.bookedOn, memo: e.memo ?? null, dimensions };
}

/** The operation's arguments as stored JSON (undefined dropped, so the hash is stable). */
const jsonOf = (payload: object): Payload => JSON.parse(JSON.stringify(payload)) as Payload;

async function ruleOf(em: EntityManager, kind: MoneyOperationKind): Promise<ApprovalRule | null> {
  return em.findOne(ApprovalRule, { kind });
}

/** Runs the effect code and rolls it back: validation, the ledger lines it writes, the target before/after. */
async function dryRun(em: EntityManager, op: MoneyOperation, payload: Payload, actorId: string) {
  try {
    await em.fork({ clear: true }).transactional(async (tx) => {
      const before = await op.state(tx, payload);
      const lines: LedgerEntry[] = [];
      await bookedLines.run(lines, () => op.execute(tx, payload, actorId));
      await tx.flush();
      const after = await op.state(tx, payload);
      const ledgerLines = lines.map(previewLine);
      const amountCents = op.amountCents
        ? op.amountCents(payload, ledgerLines, before)
        : ledgerLines.reduce((a, l) => a + Math.abs(l.amountCents), 0);
      throw new DryRunDone({ preview: { ledgerLines, before, after }, amountCents, targetHash: sha256(canonicalJson(before)) });
    });
  } catch (e) {
    if (e instanceof DryRunDone) return e.value;
    throw e;
  }
  throw new Error('dry run did not complete');
}

/** A money mutation: runs at once when the rules allow one person, else records a PENDING request. */
export async function requestMoneyOperation<T>(
  em: EntityManager,
  caller: Caller,
  kind: Exclude<MoneyOperationKind, MoneyOperationKind.CHANGE_APPROVAL_RULE>,
  input: object,
): Promise<OperationOutcome<T>> {
  requireStaff(caller);
  const makerId = caller.userId as string;
  const op = MONEY_OPERATIONS[kind];
  const payload = jsonOf(input);
  const dry = await dryRun(em, op, payload, makerId);
  const rule = await ruleOf(em, kind);
  if (!needsApproval(rule, dry.amountCents)) {
    const result = await em.fork({ clear: true }).transactional(async (tx) => {
      const lines: LedgerEntry[] = [];
      const r = await bookedLines.run(lines, () => op.execute(tx, payload, makerId));
      await tx.flush();
      // The operation moved more than when it was checked a moment ago (a concurrent change): nothing is kept.
      if (!sameLedgerLines(lines.map(previewLine), dry.preview.ledgerLines)) throw new DomainError('APPROVAL_TARGET_CHANGED', {});
      return r;
    });
    return {
      status: OperationOutcomeStatus.EXECUTED,
      reason: rule?.required ? OperationOutcomeReason.BELOW_APPROVAL_THRESHOLD : OperationOutcomeReason.APPROVAL_NOT_REQUIRED,
      request: null,
      result: (await em.merge(result.value as object)) as T,
    };
  }
  const request = await createRequest(em, {
    kind,
    payload,
    targetType: op.targetType,
    targetId: op.targetId(payload),
    targetHash: dry.targetHash,
    amountCents: dry.amountCents,
    preview: dry.preview,
    makerId,
  });
  return { status: OperationOutcomeStatus.PENDING_APPROVAL, reason: OperationOutcomeReason.APPROVAL_REQUIRED, request, result: null };
}

async function createRequest(
  em: EntityManager,
  r: Omit<
    ApprovalRequest,
    'id' | 'state' | 'payloadHash' | 'deciderId' | 'decisionNote' | 'createdAt' | 'dueAt' | 'decidedAt' | 'resultType' | 'resultId'
  >,
): Promise<ApprovalRequest> {
  const now = new Date();
  const request = em.create(ApprovalRequest, {
    ...r,
    id: randomUUID(),
    state: ApprovalState.PENDING,
    payloadHash: sha256(canonicalJson({ kind: r.kind, payload: r.payload })),
    deciderId: null,
    decisionNote: null,
    createdAt: now,
    dueAt: new Date(now.getTime() + APPROVAL_DUE_MS),
    decidedAt: null,
    resultType: null,
    resultId: null,
  });
  await em.persistAndFlush(request);
  return request;
}

function decisionNote(note: string | null | undefined, required: boolean, field: string): string | null {
  const text = (note ?? '').trim();
  if (!text && !required) return null;
  if (text.length < 2 || text.length > 500) throw badInput(field, 'DECISION_REASON_REQUIRED');
  return text;
}

async function pendingForDecision(
  tx: EntityManager,
  caller: Caller,
  id: string,
): Promise<{ request: ApprovalRequest; rule: ApprovalRule }> {
  requireStaff(caller);
  if (!isUuid(id)) throw notFound('APPROVAL_REQUEST_NOT_FOUND');
  const request = await tx.findOne(ApprovalRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!request) throw notFound('APPROVAL_REQUEST_NOT_FOUND');
  if (request.state !== ApprovalState.PENDING) throw new DomainError('APPROVAL_NOT_PENDING', { approvalState: request.state }, 'id');
  const rule = (await ruleOf(tx, request.kind)) ?? Object.assign(new ApprovalRule(), { kind: request.kind });
  const refusal = approverRefusal(caller, request.makerId, rule, request.kind === MoneyOperationKind.CHANGE_APPROVAL_RULE);
  if (refusal) throw forbidden(refusal);
  return { request, rule };
}

/** Approves a pending request: refused to its maker and to whoever the rule does not allow, and when its target changed. */
export async function approveRequest(em: EntityManager, caller: Caller, id: string, note?: string | null): Promise<ApprovalRequest> {
  const text = decisionNote(note, false, 'note');
  const decided = await em.fork({ clear: true }).transactional(async (tx) => {
    const { request } = await pendingForDecision(tx, caller, id);
    let result: OperationResult;
    if (request.kind === MoneyOperationKind.CHANGE_APPROVAL_RULE) {
      result = await applyRuleChange(tx, request, caller.userId as string);
    } else {
      const op = MONEY_OPERATIONS[request.kind];
      const before = await op.state(tx, request.payload);
      if (sha256(canonicalJson(before)) !== request.targetHash) throw new DomainError('APPROVAL_TARGET_CHANGED', {}, 'id');
      const lines: LedgerEntry[] = [];
      // The ledger lines and events carry the maker as actor; the request records who approved.
      result = await bookedLines.run(lines, () => op.execute(tx, request.payload, request.makerId));
      await tx.flush();
      if (!sameLedgerLines(lines.map(previewLine), request.preview.ledgerLines)) throw new DomainError('APPROVAL_TARGET_CHANGED', {}, 'id');
    }
    request.state = ApprovalState.APPROVED;
    request.deciderId = caller.userId;
    request.decisionNote = text;
    request.decidedAt = new Date();
    request.resultType = result.type;
    request.resultId = result.value.id;
    await tx.flush();
    return request;
  });
  return em.merge(decided);
}

/** Rejects a pending request with a reason: nothing is booked. */
export async function rejectRequest(em: EntityManager, caller: Caller, id: string, reason: string): Promise<ApprovalRequest> {
  const text = decisionNote(reason, true, 'reason');
  const decided = await em.fork({ clear: true }).transactional(async (tx) => {
    const { request } = await pendingForDecision(tx, caller, id);
    request.state = ApprovalState.REJECTED;
    request.deciderId = caller.userId;
    request.decisionNote = text;
    request.decidedAt = new Date();
    await tx.flush();
    return request;
  });
  return em.merge(decided);
}

export interface ApprovalRuleChangeInput {
  kind: MoneyOperationKind;
  required: boolean;
  thresholdCents: number;
  approverRole: ApproverRole;
  approverUserIds: string[];
  reason: string;
}

const ruleView = (r: ApprovalRule | null) =>
  r
    ? {
        required: r.required,
        thresholdCents: Number(r.thresholdCents),
        approverRole: r.approverRole,
        approverUserIds: [...r.approverUserIds],
      }
    : { missing: true };

/** ADMIN proposes a change of a rule: always a PENDING request (another ADMIN or a named approver decides). */
export async function proposeRuleChange(em: EntityManager, caller: Caller, input: ApprovalRuleChangeInput): Promise<ApprovalRequest> {
  requireStaff(caller);
  if (caller.role !== 'ADMIN') throw forbidden('APPROVAL_RULE_ADMIN_ONLY');
  if (!Number.isSafeInteger(input.thresholdCents) || input.thresholdCents < 0) throw badInput('thresholdCents', 'APPROVAL_THRESHOLD_RANGE');
  if (input.kind === MoneyOperationKind.CHANGE_APPROVAL_RULE && (!input.required || input.thresholdCents > 0))
    throw badInput('required', 'APPROVAL_RULE_ALWAYS_REQUIRED');
  const ids = [...new Set(input.approverUserIds)];
  if (ids.length > 20 || ids.some((i) => !isUuid(i))) throw badInput('approverUserIds', 'APPROVER_IDS_INVALID', { max: 20 });
  const reason = input.reason.trim();
  if (reason.length < 5 || reason.length > 500) throw badInput('reason', 'CHANGE_REASON_LENGTH');
  const current = await ruleOf(em, input.kind);
  const before = ruleView(current);
  const after = { required: input.required, thresholdCents: input.thresholdCents, approverRole: input.approverRole, approverUserIds: ids };
  return createRequest(em, {
    kind: MoneyOperationKind.CHANGE_APPROVAL_RULE,
    payload: { ...after, kind: input.kind, reason },
    targetType: 'ApprovalRule',
    targetId: input.kind,
    targetHash: sha256(canonicalJson(before)),
    amountCents: 0,
    preview: { ledgerLines: [], before, after },
    makerId: caller.userId as string,
  });
}

async function applyRuleChange(tx: EntityManager, request: ApprovalRequest, approverId: string): Promise<OperationResult> {
  const p = request.payload as unknown as Omit<ApprovalRuleChangeInput, 'kind'> & { kind: MoneyOperationKind };
  await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`finance.approval_rule:${p.kind}`]);
  const current = await tx.findOne(ApprovalRule, { kind: p.kind }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const before = ruleView(current);
  if (sha256(canonicalJson(before)) !== request.targetHash) throw new DomainError('APPROVAL_TARGET_CHANGED', {}, 'id');
  const rule =
    current ??
    tx.create(ApprovalRule, {
      kind: p.kind,
      required: true,
      thresholdCents: 0,
      approverRole: ApproverRole.ADMIN,
      approverUserIds: [],
      updatedAt: new Date(),
    });
  rule.required = p.required;
  rule.thresholdCents = p.thresholdCents;
  rule.approverRole = p.approverRole;
  rule.approverUserIds = [...p.approverUserIds];
  rule.updatedAt = new Date();
  tx.persist(rule);
  tx.persist(
    tx.create(ApprovalRuleChange, {
      id: randomUUID(),
      kind: p.kind,
      before: JSON.stringify(before),
      after: JSON.stringify(ruleView(rule)),
      reason: p.reason,
      makerId: request.makerId,
      approverId,
      requestId: request.id,
      changedAt: new Date(),
    }),
  );
  await tx.flush();
  return { type: 'ApprovalRule', value: { id: rule.kind } };
}

/** The approvers' queue and the makers' view: staff see every request, newest first (pending first when asked). */
export async function listRequests(
  em: EntityManager,
  caller: Caller,
  filter: { state?: ApprovalState | null; mine?: boolean | null; first: number },
): Promise<ApprovalRequest[]> {
  requireStaff(caller);
  const where: Record<string, unknown> = {};
  if (filter.state) where.state = filter.state;
  if (filter.mine) where.makerId = caller.userId;
  return em.find(ApprovalRequest, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: Math.max(1, Math.min(filter.first, 500)) });
}

export async function oneRequest(em: EntityManager, caller: Caller, id: string): Promise<ApprovalRequest> {
  requireStaff(caller);
  if (!isUuid(id)) throw notFound('APPROVAL_REQUEST_NOT_FOUND');
  const r = await em.findOne(ApprovalRequest, { id });
  if (!r) throw notFound('APPROVAL_REQUEST_NOT_FOUND');
  return r;
}

export async function listRules(em: EntityManager, caller: Caller): Promise<ApprovalRule[]> {
  requireStaff(caller);
  return em.find(ApprovalRule, {}, { orderBy: { kind: 'asc' } });
}

export async function listRuleChanges(em: EntityManager, caller: Caller): Promise<ApprovalRuleChange[]> {
  requireStaff(caller);
  return em.find(ApprovalRuleChange, {}, { orderBy: { changedAt: 'desc', id: 'asc' }, limit: 200 });
}
