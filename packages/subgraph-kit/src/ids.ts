import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);

/** Ids are UUIDs: anything else is a bad input (never a database error). */
export function requireUuid(field: string, id: string): string {
  if (!isUuid(id)) throw badInput(field, 'INVALID_ID', { field });
  return id;
}
