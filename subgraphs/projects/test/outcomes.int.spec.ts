import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { ProjectStatus } from '../src/entities/project.entity.js';
import { count, factories, projectAt } from './factories.js';
import { codeAndField, ok } from './operations.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

const RECORD = 'mutation($input: ProjectOutcomeInput!) { recordProjectOutcome(input: $input) { id kind beneficiaryId placement { id } } }';

async function hasPlacement(id: string): Promise<boolean> {
  const rows = (await t.stack.subgraphs.projects.orm.em
    .fork()
    .getConnection()
    .execute('select 1 from projects.placement_ref where id = ?', [id])) as unknown[];
  return rows.length > 0;
}

async function placementRecorded(type: string): Promise<{ placementId: string; beneficiaryId: string }> {
  const placementId = randomUUID();
  const beneficiaryId = randomUUID();
  await factories.publishAs(t.stack, 'companies', {
    type: 'PlacementRecorded',
    aggregateType: 'Placement',
    aggregateId: placementId,
    payload: {
      placementId,
      beneficiaryId,
      companyId: null,
      vacancyId: null,
      sourceEditionId: null,
      previousPlacementId: null,
      type,
      contract: type === 'STAGE' ? null : 'TEMPO_DETERMINATO',
      startDate: '2026-09-01',
      endDate: null,
      hoursPerWeek: 30,
    },
  });
  // delivery may be held back briefly while other transactions run: drain until the read model has it
  for (let i = 0; i < 50 && !(await hasPlacement(placementId)); i++) {
    await factories.drainEvents(t.stack);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { placementId, beneficiaryId };
}

describe('project outcomes', () => {
  it('links jobs and stages to the placements recorded by companies', async () => {
    const p = await projectAt(t, ProjectStatus.FUNDED);
    const job = await placementRecorded('ASSUNZIONE');
    const r = await ok<{ recordProjectOutcome: { kind: string; beneficiaryId: string; placement: { id: string } } }>(
      t,
      RECORD,
      { input: { projectId: p.id, kind: 'JOB', description: 'Assunzione in sartoria', on: '2026-09-01', placementId: job.placementId } },
      staff,
    );
    expect(r.recordProjectOutcome).toMatchObject({ kind: 'JOB', beneficiaryId: job.beneficiaryId, placement: { id: job.placementId } });

    const before = await count(t, 'project_outcome');
    const stage = await placementRecorded('STAGE');
    expect(
      codeAndField(
        await t.graphql(RECORD, {
          token: staff,
          variables: {
            input: { projectId: p.id, kind: 'JOB', description: 'Non è un lavoro', on: '2026-09-01', placementId: stage.placementId },
          },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'placementId' });
    expect(
      codeAndField(
        await t.graphql(RECORD, {
          token: staff,
          variables: { input: { projectId: p.id, kind: 'STAGE', description: 'Sconosciuto', on: '2026-09-01', placementId: randomUUID() } },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'placementId' });
    expect(
      codeAndField(
        await t.graphql(RECORD, {
          token: staff,
          variables: { input: { projectId: p.id, kind: 'PARTNERSHIP', description: 'Rete', on: '2026-13-01' } },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'on' });
    expect(await count(t, 'project_outcome')).toBe(before);
  });

  it('records obligations only for funded projects, and only staff records outcomes', async () => {
    const acc = await projectAt(t, ProjectStatus.ACCOMPANIMENT);
    expect(
      codeAndField(
        await t.graphql(RECORD, {
          token: staff,
          variables: { input: { projectId: acc.id, kind: 'LOGO_USE', description: 'Logo', on: '2026-05-01' } },
        }),
      ),
    ).toEqual({ code: 'ILLEGAL_TRANSITION', field: 'kind' });
    await ok(
      t,
      RECORD,
      { input: { projectId: acc.id, kind: 'PARTNERSHIP', description: 'Accordo con il Comune di Budrio', on: '2026-05-01' } },
      staff,
    );
    const funded = await projectAt(t, ProjectStatus.MONITORING);
    await ok(
      t,
      RECORD,
      { input: { projectId: funded.id, kind: 'CHANGE_REPORTED', description: 'Nuova sede in via Libia', on: '2026-05-01' } },
      staff,
    );
    const member = await t.tokenFor('COMMITTEE_MEMBER');
    expect(
      errorCodes(
        await t.graphql(RECORD, {
          token: member,
          variables: { input: { projectId: funded.id, kind: 'TESTIMONIAL', description: 'x', on: '2026-05-01' } },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const q = await ok<{ project: { outcomes: { kind: string }[] } }>(
      t,
      'query($id: ID!) { project(id: $id) { outcomes { kind } } }',
      { id: funded.id },
      staff,
    );
    expect(q.project.outcomes).toEqual([{ kind: 'CHANGE_REPORTED' }]);
  });
});
