/**
 * The four ways a client repeats a create mutation (ten at once and twice in a row, each with and
 * without an `Idempotency-Key`), shared by the idempotency tests (issue 28).
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestStack } from '@ixl/testkit';

export interface Answer {
  status: number;
  replayed: boolean;
  data?: Record<string, { id?: string } & Record<string, unknown>> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export type SubgraphName = keyof TestStack['stack']['subgraphs'];

export function repeatKit(stack: () => TestStack) {
  async function send(
    query: string,
    variables: Record<string, unknown>,
    opts: { token?: string; key?: string; url?: string } = {},
  ): Promise<Answer> {
    const res = await fetch(opts.url ?? stack().url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.key !== undefined ? { 'idempotency-key': opts.key } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Pick<Answer, 'data' | 'errors'>;
    return { status: res.status, replayed: res.headers.get('idempotent-replayed') === 'true', ...body };
  }

  const sql = async (schema: SubgraphName, query: string, params: unknown[] = []) =>
    stack().stack.subgraphs[schema].orm.em.getConnection().execute<Record<string, unknown>[]>(query, params);
  const countOf = async (schema: SubgraphName, query: string, params: unknown[] = []) => Number((await sql(schema, query, params))[0]?.n);

  /**
   * `fresh()` gives new variables for each round (the natural key changes), `count(vars)` counts the
   * records they would create. `natural`: the database refuses the duplicate (CONFLICT naming it);
   * false: only the key protects it.
   */
  async function repeats(spec: {
    field: string;
    query: string;
    token: () => string;
    fresh: () => Promise<Record<string, unknown>>;
    count: (vars: Record<string, unknown>) => Promise<number>;
    natural: boolean;
    /** The record's id when the mutation answers with another object (e.g. the settlement it paid). */
    idOf?: (a: Answer) => string | undefined;
  }) {
    const id = spec.idOf ?? ((a: Answer) => idOf(a, spec.field));
    // 1. Ten at once with one key: one record, ten identical answers, nine of them replayed.
    {
      const vars = await spec.fresh();
      const key = randomUUID();
      const answers = await ten(() => send(spec.query, vars, { token: spec.token(), key }));
      expect(answers.map((a) => a.errors)).toEqual(Array(10).fill(undefined));
      expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
      expect(answers.filter((a) => a.replayed)).toHaveLength(9);
      expect(await spec.count(vars)).toBe(1);
      // 2. Twice in a row with the key: the stored answer again, nothing new.
      const again = await send(spec.query, vars, { token: spec.token(), key });
      expect(again).toMatchObject({ replayed: true, data: answers[0]?.data });
      expect(await spec.count(vars)).toBe(1);
    }
    // 3. Ten at once without a key.
    {
      const vars = await spec.fresh();
      const answers = await ten(() => send(spec.query, vars, { token: spec.token() }));
      const ok = answers.filter((a) => !a.errors);
      if (spec.natural) {
        expect(ok).toHaveLength(1);
        const created = id(ok[0]!);
        expect(created).toBeTruthy();
        for (const a of answers.filter((x) => x.errors)) {
          expect(codeOf(a)).toBe('CONFLICT');
          expect(a.errors?.[0]?.extensions?.existingId).toBe(created);
        }
        expect(await spec.count(vars)).toBe(1);
        // 4. Twice in a row without a key: CONFLICT naming the first.
        const again = await send(spec.query, vars, { token: spec.token() });
        expect(codeOf(again)).toBe('CONFLICT');
        expect(again.errors?.[0]?.extensions?.existingId).toBe(created);
        expect(await spec.count(vars)).toBe(1);
      } else {
        // No natural key: without the header every call is a new record (the portals always send one).
        expect(ok).toHaveLength(10);
        expect(await spec.count(vars)).toBe(10);
      }
    }
  }

  return { send, sql, countOf, repeats };
}

export const ten = <T>(f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: 10 }, (_, i) => f(i)));
export const idOf = (a: Answer, field: string) => a.data?.[field]?.id;
export const codeOf = (a: Answer) => a.errors?.[0]?.extensions?.code;

let vatSeq = 0;
/** A partita IVA no other test uses (11 digits). */
export const vat = () => `9${String(Date.now() % 1e6).padStart(6, '0')}${String(++vatSeq).padStart(4, '0')}`;
