import { randomUUID } from 'node:crypto';
import type { TestStack } from '@ixl/testkit';
import { factories } from '@ixl/testkit';
import { Call } from '../src/entities/call.entity.js';
import { Committee, CommitteeMember } from '../src/entities/committee.entity.js';
import { CallKind, CommitteeKind, CommitteeMemberRole, MonitoringMode, PathKind } from '../src/entities/enums.js';
import { Project, ProjectSector, ProjectStatus } from '../src/entities/project.entity.js';

const em = (t: TestStack) => t.stack.subgraphs.projects.orm.em.fork();

/** The user id (JWT subject) of a token. */
export function userIdOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub: string };
  return payload.sub;
}

export async function createCall(
  t: TestStack,
  overrides: Partial<Pick<Call, 'kind' | 'title' | 'opensOn' | 'closesOn' | 'maxAmountCents'>> = {},
): Promise<Call> {
  const e = em(t);
  const call = e.create(Call, {
    id: randomUUID(),
    kind: CallKind.SOCIAL_INNOVATION,
    title: `Call ${randomUUID().slice(0, 6)}`,
    description: '',
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    maxAmountCents: 2_500_000,
    ...overrides,
  });
  await e.persist(call).flush();
  return call;
}

/** A project placed directly at a step (setup only: the path itself is tested through the API). */
export async function createProject(
  t: TestStack,
  overrides: Partial<
    Pick<
      Project,
      | 'status'
      | 'sector'
      | 'intakeMeetingOn'
      | 'pathKind'
      | 'monitoringMode'
      | 'monitoringStartedOn'
      | 'submittedAt'
      | 'applicantUserId'
      | 'title'
    >
  > = {},
): Promise<Project> {
  const e = em(t);
  const p = e.create(Project, {
    id: randomUUID(),
    title: `Progetto ${randomUUID().slice(0, 6)}`,
    organisationName: 'Associazione Test APS',
    sector: ProjectSector.COMMUNITY_WELFARE,
    status: ProjectStatus.SUBMITTED,
    expectedJobs: 2,
    submittedAt: new Date('2026-02-01T09:00:00Z'),
    ...overrides,
  });
  await e.persist(p).flush();
  return p;
}

export const projectAt = (t: TestStack, status: ProjectStatus, extra: Parameters<typeof createProject>[1] = {}) =>
  createProject(t, {
    status,
    ...(status === ProjectStatus.ACCOMPANIMENT ? { intakeMeetingOn: '2026-03-02', pathKind: PathKind.THREE_LABS } : {}),
    ...(status === ProjectStatus.MONITORING ? { monitoringMode: MonitoringMode.WEEKLY, monitoringStartedOn: '2026-01-05' } : {}),
    ...extra,
  });

/** A committee with `members` fresh COMMITTEE_MEMBER accounts (tokens returned in order). */
export async function createCommittee(
  t: TestStack,
  kind: CommitteeKind,
  quorum: number,
  members: number,
): Promise<{ committee: Committee; tokens: string[]; memberIds: string[] }> {
  const e = em(t);
  const committee = e.create(Committee, { id: randomUUID(), kind, name: `Comitato ${kind} ${randomUUID().slice(0, 4)}`, quorum });
  e.persist(committee);
  const tokens: string[] = [];
  const memberIds: string[] = [];
  for (let i = 0; i < members; i++) {
    const token = await t.tokenFor('COMMITTEE_MEMBER');
    const m = e.create(CommitteeMember, {
      id: randomUUID(),
      committeeId: committee.id,
      userId: userIdOf(token),
      displayName: `Membro ${i + 1}`,
      represents: null,
      active: true,
      // The first member chairs the committee (records decisions); the others vote only.
      role: i === 0 ? CommitteeMemberRole.CHAIR : CommitteeMemberRole.MEMBER,
    });
    e.persist(m);
    tokens.push(token);
    memberIds.push(m.id);
  }
  await e.flush();
  return { committee, tokens, memberIds };
}

/** Makes the account of `token` a member of `committeeId`. */
export async function addMember(t: TestStack, committeeId: string, token: string): Promise<void> {
  const e = em(t);
  await e
    .persist(
      e.create(CommitteeMember, {
        id: randomUUID(),
        committeeId,
        userId: userIdOf(token),
        displayName: 'Membro aggiunto',
        represents: null,
        active: true,
      }),
    )
    .flush();
}

/** Events published by the projects subgraph (outbox rows), oldest first. */
export async function outbox(
  t: TestStack,
  type?: string,
): Promise<{ type: string; aggregate_id: string; payload: Record<string, unknown> }[]> {
  const rows = (await em(t)
    .getConnection()
    .execute(
      `select type, aggregate_id, payload from projects.outbox_event ${type ? 'where type = ?' : ''} order by id`,
      type ? [type] : [],
    )) as { type: string; aggregate_id: string; payload: Record<string, unknown> }[];
  return rows;
}

export async function count(t: TestStack, table: string): Promise<number> {
  const [row] = (await em(t).getConnection().execute(`select count(*)::int as n from projects.${table}`)) as { n: number }[];
  return row?.n ?? 0;
}

export { factories };
