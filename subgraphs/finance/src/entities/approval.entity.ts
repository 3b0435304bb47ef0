import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Every money operation that goes through maker-checker (issue 26), and the change of its rules. */
export enum MoneyOperationKind {
  DISBURSE_LOAN = 'DISBURSE_LOAN',
  RECORD_LOAN_REPAYMENT = 'RECORD_LOAN_REPAYMENT',
  DECLARE_LOAN_DEFAULT = 'DECLARE_LOAN_DEFAULT',
  SET_GUARANTEE_PLAFOND = 'SET_GUARANTEE_PLAFOND',
  COMMIT_BUDGET = 'COMMIT_BUDGET',
  DISBURSE_BUDGET_COMMITMENT = 'DISBURSE_BUDGET_COMMITMENT',
  DISBURSE_GRANT_TRANCHE = 'DISBURSE_GRANT_TRANCHE',
  PAY_TRAINING_SETTLEMENT = 'PAY_TRAINING_SETTLEMENT',
  PAY_STAGE_INDEMNITY = 'PAY_STAGE_INDEMNITY',
  COMMIT_SUPPORT_PAYMENT = 'COMMIT_SUPPORT_PAYMENT',
  REVERSE_LEDGER_ENTRY = 'REVERSE_LEDGER_ENTRY',
  RETRY_LOAN_GUARANTEE = 'RETRY_LOAN_GUARANTEE',
  CREATE_BUDGET_LINE = 'CREATE_BUDGET_LINE',
  CHANGE_APPROVAL_RULE = 'CHANGE_APPROVAL_RULE',
}
registerEnumType(MoneyOperationKind, { name: 'MoneyOperationKind', description: 'A money operation under maker-checker' });

export enum ApprovalState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ApprovalState, { name: 'ApprovalState' });

/** Who may approve, besides the named approvers: ADMIN only, or any STAFF/ADMIN user (never the maker). */
export enum ApproverRole {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
}
registerEnumType(ApproverRole, { name: 'ApproverRole' });

/** A money operation prepared by a maker, waiting for (or decided by) a second person. */
@ObjectType('ApprovalRequest', { description: 'Maker-checker: a prepared money operation and its decision' })
@Entity({ tableName: 'approval_request' })
@Index({ name: 'approval_request_state_created_index', properties: ['state', 'createdAt'] })
@Index({ name: 'approval_request_maker_index', properties: ['makerId', 'createdAt'] })
// Natural duplicate: the same operation (kind + full content) pending twice.
@Index({
  name: 'approval_request_pending_unique',
  expression: `create unique index "approval_request_pending_unique" on "finance"."approval_request" ("payload_hash") where "state" = 'PENDING'`,
})
// The maker never decides their own request, also in the database.
@Check({ name: 'approval_request_decider_not_maker', expression: '"decider_id" is null or "decider_id" <> "maker_id"' })
export class ApprovalRequest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => MoneyOperationKind)
  @Enum({ items: () => MoneyOperationKind, type: 'text' })
  kind!: MoneyOperationKind;

  @Field(() => ApprovalState)
  @Enum({ items: () => ApprovalState, type: 'text' })
  state: ApprovalState = ApprovalState.PENDING;

  /** The full content of the operation (its arguments); `payloadJson` in the API. */
  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Field(() => String, { description: 'sha256 of kind + payload' })
  @Property({ type: 'text' })
  payloadHash!: string;

  @Field(() => String, { description: 'What it acts on (e.g. Loan, Grant)' })
  @Property({ type: 'text' })
  targetType!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'text', nullable: true })
  targetId: string | null = null;

  /** sha256 of the target's state when prepared: an approval is refused when it differs. */
  @Property({ type: 'text' })
  targetHash!: string;

  @Field(() => Int, { description: 'Money it moves (euro cents; for a plafond, the change)' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  amountCents!: number;

  /** Ledger lines it will write, and the target before/after (computed by a rolled-back dry run when prepared). */
  @Property({ type: 'jsonb' })
  preview!: ApprovalPreview;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  makerId!: string;

  @Field(() => ID, { nullable: true, description: 'Who approved or rejected it' })
  @Property({ type: 'uuid', nullable: true })
  deciderId: string | null = null;

  @Field(() => String, { nullable: true, description: 'The reason of the decision (required for a rejection)' })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'An approver should decide by then (overdue afterwards)' })
  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What it produced, once approved (type)' })
  @Property({ type: 'text', nullable: true })
  resultType: string | null = null;

  @Field(() => ID, { nullable: true, description: 'What it produced, once approved (id)' })
  @Property({ type: 'text', nullable: true })
  resultId: string | null = null;
}

export interface PreviewLedgerLine {
  account: string;
  amountCents: number;
  bookedOn: string;
  memo: string | null;
  dimensions: Record<string, string | number>;
}

export interface ApprovalPreview {
  ledgerLines: PreviewLedgerLine[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Which operations need a second person, from which amount, and who may be that person. */
@ObjectType('ApprovalRule', { description: 'Maker-checker rule of one kind of money operation' })
@Entity({ tableName: 'approval_rule' })
@Check({ name: 'approval_rule_threshold_check', expression: '"threshold_cents" >= 0' })
// A change of the rules always needs a second person, whatever the amount.
@Check({ name: 'approval_rule_change_always', expression: `"kind" <> 'CHANGE_APPROVAL_RULE' or ("required" and "threshold_cents" = 0)` })
export class ApprovalRule {
  @Field(() => MoneyOperationKind)
  @PrimaryKey({ type: 'text' })
  kind!: MoneyOperationKind;

  @Field(() => Boolean, { description: 'false: one person suffices whatever the amount' })
  @Property({ type: 'boolean' })
  required: boolean = true;

  @Field(() => Int, { description: 'Operations moving less than this (euro cents) need no approval; 0: every one does' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  thresholdCents: number = 0;

  @Field(() => ApproverRole)
  @Enum({ items: () => ApproverRole, type: 'text' })
  approverRole: ApproverRole = ApproverRole.ADMIN;

  @Field(() => [ID], { description: 'Staff users who may approve besides the role' })
  @Property({ type: 'jsonb', defaultRaw: `'[]'` })
  approverUserIds: string[] = [];

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** Audit of every rule change: before and after, who proposed, who approved. */
@ObjectType('ApprovalRuleChange', { description: 'An approved change of a maker-checker rule' })
@Entity({ tableName: 'approval_rule_change' })
export class ApprovalRuleChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => MoneyOperationKind)
  @Enum({ items: () => MoneyOperationKind, type: 'text' })
  kind!: MoneyOperationKind;

  @Field(() => String, { description: 'The rule before (JSON)' })
  @Property({ type: 'text' })
  before!: string;

  @Field(() => String, { description: 'The rule after (JSON)' })
  @Property({ type: 'text' })
  after!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  makerId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  approverId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  requestId!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  changedAt: Date = new Date();
}
