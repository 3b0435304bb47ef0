import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PROJECTS, projectId } from '@ixl/demo-data';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { ok } from './operations.js';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
});
afterAll(async () => {
  await t?.stop();
});

describe('projects demo data', () => {
  it('keeps the 5 demo projects with their statuses and gives them a history', async () => {
    const staff = await t.login('staff@demo.ixl', DEMO_PASSWORD);
    const r = await ok<{ projects: { id: string; status: string; history: { toStatus: string }[] }[] }>(
      t,
      '{ projects { id status history { toStatus } } }',
      {},
      staff,
    );
    expect(r.projects).toHaveLength(DEMO_PROJECTS.length);
    for (const p of DEMO_PROJECTS) {
      const found = r.projects.find((x) => x.id === projectId(p.key));
      expect(found?.status).toBe(p.status);
      expect(found?.history.at(-1)?.toStatus).toBe(p.status);
    }
    const sartoria = await ok<{
      project: {
        decisions: { committeeKind: string; fundingKind: string | null; amountCents: number | null }[];
        labs: unknown[];
        outcomes: unknown[];
      };
    }>(
      t,
      'query($id: ID!) { project(id: $id) { decisions { committeeKind fundingKind amountCents } labs { heldOn } outcomes { kind } } }',
      { id: projectId('sartoria') },
      staff,
    );
    expect(sartoria.project.decisions).toEqual([
      { committeeKind: 'EVALUATION', fundingKind: null, amountCents: null },
      { committeeKind: 'MANAGEMENT', fundingKind: 'LOAN', amountCents: 2_500_000 },
    ]);
    expect(sartoria.project.labs).toHaveLength(3);
    expect(sartoria.project.outcomes).toHaveLength(6);
  });

  it('lets comitato@demo.ixl read the evaluation committee’s dossiers only', async () => {
    const member = await t.login('comitato@demo.ixl', DEMO_PASSWORD);
    const committees = await ok<{ committees: { kind: string }[] }>(t, '{ committees { kind } }', {}, member);
    expect(committees.committees).toEqual([{ kind: 'EVALUATION' }]);
    const sessions = await ok<{
      committeeSessions: { heldOn: string; agenda: { project: { id: string } | null; selfEmploymentPath: { id: string } | null }[] }[];
    }>(t, '{ committeeSessions { heldOn agenda { project { id } selfEmploymentPath { id } } } }', {}, member);
    expect(sessions.committeeSessions.map((s) => s.heldOn)).toEqual(['2026-12-03', '2020-05-20', '2019-10-15']);
    expect(sessions.committeeSessions[0]?.agenda[0]?.project?.id).toBe(projectId('emporio'));
    expect(
      errorCodes(await t.graphql('query($id: ID!) { project(id: $id) { id } }', { token: member, variables: { id: projectId('orti') } })),
    ).toEqual(['FORBIDDEN']);
  });

  it('tells staff when the governance tables must meet again', async () => {
    const staff = await t.login('staff@demo.ixl', DEMO_PASSWORD);
    const r = await ok<{ committees: { kind: string; nextSessionDueBy: string | null }[] }>(
      t,
      '{ committees { kind nextSessionDueBy } }',
      {},
      staff,
    );
    expect(r.committees.find((c) => c.kind === 'COORDINATION')?.nextSessionDueBy).toBe('2026-12-18');
    expect(r.committees.find((c) => c.kind === 'TECHNICAL')?.nextSessionDueBy).toBe('2026-12-24');
    expect(r.committees.find((c) => c.kind === 'EVALUATION')?.nextSessionDueBy).toBeNull();
  });

  it('shows the always-open over-55 call to anonymous visitors', async () => {
    const r = await ok<{ openProjectCalls: { kind: string }[] }>(t, '{ openProjectCalls { kind } }', {});
    expect(r.openProjectCalls.map((c) => c.kind)).toContain('OVER_55_HIRING');
  });
});
