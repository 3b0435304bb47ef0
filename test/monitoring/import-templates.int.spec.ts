import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, until, type TestStack } from '@ixl/testkit';
import { historyImportFieldNames, IMPORT_KIND_OWNER, IMPORT_KINDS, type ImportKindName } from '@ixl/contracts';
import { configureProgramme } from './programme-setup.js';

/*
 * Issue 27, what a new user does first: download each kind's template from the staff page and import it as it is,
 * in the documented order. Every template's sample row must be a valid record that the next templates' samples can
 * refer to (a colloquio of the sample person, a placement at the sample company, the disbursement of the sample
 * loan, ...): each is checked with no errors and imported. (A template's sample that failed here was how a user
 * found the PAGAMENTI sample to be a repayment of a loan never disbursed.)
 */

let t: TestStack;
let admin: string;

const files = (kind: ImportKindName) => `${new URL(t.url).origin}/files/${IMPORT_KIND_OWNER[kind]}`;

beforeAll(async () => {
  t = await bootTestStack();
  admin = await t.tokenFor('ADMIN');
  await configureProgramme(t);
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('the import templates, as downloaded', () => {
  it('import one after the other in the documented order: every sample row is valid and refers to the earlier ones', async () => {
    const results: string[] = [];
    for (const kind of IMPORT_KINDS) {
      const template = await fetch(`${files(kind)}/import-templates/${kind}.csv`, { headers: { authorization: `Bearer ${admin}` } });
      expect(template.status, kind).toBe(200);
      const content = await template.text();
      const post = (check: boolean) =>
        fetch(`${files(kind)}/history-imports${check ? '/check' : ''}?kind=${kind}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${admin}`, 'x-file-name': encodeURIComponent(`modello-${kind}.csv`) },
          body: content,
        });
      const checked = (await (await post(true)).json()) as {
        totalRows: number;
        errors: { line: number; column: string; reasonCode: string }[];
      };
      expect({ kind, totalRows: checked.totalRows, errors: checked.errors }).toEqual({ kind, totalRows: 1, errors: [] });
      const started = await post(false);
      expect(started.status, kind).toBe(202);
      const { id } = (await started.json()) as { id: string };
      const field = historyImportFieldNames(IMPORT_KIND_OWNER[kind]).batch;
      let batch: { status: string; createdCount: number; updatedCount: number } | undefined;
      await until(async () => {
        const r = await t.graphql<Record<string, typeof batch>>(
          `query($id: ID!) { ${field}(id: $id) { status createdCount updatedCount } }`,
          {
            token: admin,
            variables: { id },
          },
        );
        batch = r.data?.[field] ?? undefined;
        return batch !== undefined && batch.status !== 'QUEUED' && batch.status !== 'RUNNING';
      }, 60_000);
      expect({ kind, status: batch?.status }).toEqual({ kind, status: 'DONE' });
      // Each sample adds its record, or (COLLOQUI) takes over the first colloquio the PERSONE sample already gave.
      expect((batch?.createdCount ?? 0) + (batch?.updatedCount ?? 0), kind).toBe(1);
      results.push(kind);
      await factories.drainEvents(t.stack);
    }
    expect(results).toEqual(IMPORT_KINDS);
  });
});
