import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, liveClient, liveSubscriptions, settle, subscribed, until, type TestStack } from '@ixl/testkit';
import * as f from './factories.js';

let t: TestStack;
let live: ReturnType<typeof liveClient>;
beforeAll(async () => {
  t = await bootTestStack();
  live = liveClient(t.url);
});
afterAll(async () => {
  await live?.dispose();
  await t?.stop();
});

const IMPORT = 'mutation($id: ID!, $csv: String!) { importAttendanceCsv(editionId: $id, csv: $csv) { accepted } }';

describe('live training updates through the gateway', () => {
  it('tells a training body about its own attendance uploads and KPI changes only; staff see both bodies', async () => {
    const [seneca, ecipar] = [await f.trainingBody(t.stack), await f.trainingBody(t.stack)];
    const [senecaToken, eciparToken, staff] = [
      await t.tokenFor('TRAINING_BODY', { trainingBodyId: seneca.id }),
      await t.tokenFor('TRAINING_BODY', { trainingBodyId: ecipar.id }),
      await t.tokenFor('STAFF'),
    ];
    const a = await f.edition(t.stack, seneca.id, { sessions: 1, hours: 4 });
    const b = await f.edition(t.stack, ecipar.id, { sessions: 1, hours: 4 });
    const [pa] = await f.participants(t.stack, a.edition.id, 1);
    const [pb] = await f.participants(t.stack, b.edition.id, 1);
    const serving = liveSubscriptions(t.stack);
    const senecaFeed = live.subscribe<{ attendanceUploaded: { rows: number; edition: { title: string } } }>(
      senecaToken,
      'subscription { attendanceUploaded { rows edition { title } } }',
    );
    const staffFeed = live.subscribe<{ attendanceUploaded: { edition: { title: string; trainingBody: { name: string } } } }>(
      staff,
      'subscription { attendanceUploaded { edition { title trainingBody { name } } } }',
    );
    const kpiFeed = live.subscribe<{ editionKpisChanged: { id: string; kpis: { placements: number; employed: number } } }>(
      senecaToken,
      'subscription { editionKpisChanged { id kpis { placements employed } } }',
    );
    const denied = live.subscribe(await t.tokenFor('COMPANY'), 'subscription { attendanceUploaded { rows } }');
    await subscribed(t.stack, serving + 3); // the company's is refused
    const upload = async (token: string, editionId: string, cf: string | null | undefined) =>
      (
        await t.graphql<{ importAttendanceCsv: { accepted: boolean } }>(IMPORT, {
          token,
          variables: { id: editionId, csv: `person,session,hours\n${cf},S001,4` },
        })
      ).data?.importAttendanceCsv.accepted;
    expect(await upload(senecaToken, a.edition.id, pa?.codiceFiscale)).toBe(true);
    expect(await upload(eciparToken, b.edition.id, pb?.codiceFiscale)).toBe(true);
    await f.placement(t.stack, pb?.beneficiaryId ?? '', '2020-12-01');
    await f.placement(t.stack, pa?.beneficiaryId ?? '', '2020-12-01');
    await factories.drainEvents(t.stack);
    await until(() => senecaFeed.received.length >= 1 && staffFeed.received.length >= 2 && kpiFeed.received.length >= 1);
    await settle();
    expect(senecaFeed.received.map((r) => r.data?.attendanceUploaded)).toEqual([{ rows: 1, edition: { title: a.edition.title } }]);
    expect(staffFeed.received.map((r) => r.data?.attendanceUploaded.edition.trainingBody.name).sort()).toEqual(
      [seneca.name, ecipar.name].sort(),
    );
    expect(kpiFeed.received.map((r) => r.data?.editionKpisChanged)).toEqual([{ id: a.edition.id, kpis: { placements: 1, employed: 1 } }]);
    await until(() => denied.received.length > 0 || denied.errors.length > 0);
    expect(JSON.stringify(denied)).toContain('FORBIDDEN');
  });
});
