const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;
export const MAIL_CHANNEL = 'ixl_mail';

export function mailTable(schema: string, name: 'mail_outbox' | 'mail_capture'): string {
  if (!IDENT.test(schema)) throw new Error(`@ixl/mail: invalid schema ${JSON.stringify(schema)}`);
  return `"${schema}"."${name}"`;
}

/** DDL for a subgraph migration: the mail outbox and the local capture inbox. */
export function mailTablesSql(schema: string): string[] {
  const outbox = mailTable(schema, 'mail_outbox');
  const capture = mailTable(schema, 'mail_capture');
  return [
    `create table ${outbox} (
  "id" bigserial primary key,
  "dedupe_key" text not null unique,
  "category" text not null,
  "recipient_id" text null,
  "to_address" text not null,
  "to_name" text null,
  "template" text not null,
  "locale" text not null,
  "subject" text not null,
  "text_body" text not null,
  "html_body" text not null,
  "status" text not null default 'PENDING' check ("status" in ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
  "attempts" integer not null default 0,
  "next_attempt_at" timestamptz not null default now(),
  "last_error" text null,
  "batch_id" text null,
  "created_at" timestamptz not null default now(),
  "sent_at" timestamptz null
)`,
    `create index "mail_outbox_due_idx" on ${outbox} ("next_attempt_at") where "status" = 'PENDING'`,
    `create index "mail_outbox_batch_idx" on ${outbox} ("batch_id") where "batch_id" is not null`,
    `create table ${capture} (
  "id" bigserial primary key,
  "outbox_id" bigint not null unique,
  "to_address" text not null,
  "subject" text not null,
  "text_body" text not null,
  "html_body" text not null,
  "captured_at" timestamptz not null default now()
)`,
  ];
}

/**
 * DDL for the mail queue (a later migration): when a message was handed to pg-boss (`queued_at`), and
 * until when an attempt holds it (`sending_until`, the lease).
 */
export function mailQueueColumnsSql(schema: string): string[] {
  const outbox = mailTable(schema, 'mail_outbox');
  return [
    `alter table ${outbox} add column "queued_at" timestamptz null, add column "sending_until" timestamptz null`,
    `create index "mail_outbox_to_queue_idx" on ${outbox} ("id") where "status" = 'PENDING' and "queued_at" is null`,
  ];
}
