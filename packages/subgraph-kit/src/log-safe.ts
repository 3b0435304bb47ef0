/**
 * What may be logged of an unexpected error: never values. Database errors carry the SQL statement
 * and key values (personal data), so only their class, SQLSTATE, constraint and table are kept.
 */
export function safeErrorForLog(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { error: typeof err };
  const e = err as Error & { code?: unknown; sqlState?: unknown; constraint?: unknown; table?: unknown };
  // Stack frames only: a multi-line message (SQL with its values) continues on the stack's first lines.
  const frames = (e.stack ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('at '))
    .slice(0, 7);
  const isDb = (e.name.endsWith('Exception') && ('code' in e || 'sqlState' in e)) || /^(insert|update|delete|select) /i.test(e.message);
  if (isDb) return { error: e.name, code: e.code ?? e.sqlState, constraint: e.constraint, table: e.table, frames };
  return { error: e.name, message: e.message.slice(0, 300), frames };
}
