import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, editionId } from '@ixl/demo-data';
import { bootTestStack, type TestStack } from '@ixl/testkit';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
});
afterAll(async () => {
  await t?.stop();
});

describe('training demo data', () => {
  it('shows Seneca its two editions with named participants, attendance, outcomes and its risk position', async () => {
    const token = await t.login('ente@demo.ixl', DEMO_PASSWORD);
    type Edition = {
      id: string;
      status: string;
      sessions: unknown[];
      committedCompanies: { name: string }[];
      enrolments: { participantName: string; codiceFiscale: string; outcome: string; attendancePercent: number }[];
      riskShare: { atRiskPercent: number; atRiskCents: number } | null;
    };
    const r = await t.graphql<{ courseEditions: Edition[] }>(
      '{ courseEditions { id status sessions { code } committedCompanies { name } enrolments { participantName codiceFiscale outcome attendancePercent } riskShare { atRiskPercent atRiskCents } } }',
      { token },
    );
    expect(r.errors).toBeUndefined();
    const editions = r.data?.courseEditions ?? [];
    expect(editions.map((e) => e.id).sort()).toEqual([editionId('cv-2026'), editionId('oss-2020')].sort());
    const oss = editions.find((e) => e.id === editionId('oss-2020')) as Edition;
    expect(oss.status).toBe('COMPLETED');
    expect(oss.sessions).toHaveLength(12);
    expect(oss.committedCompanies.map((c) => c.name).sort()).toEqual([
      'Cooperativa Sociale Il Pettirosso',
      'La Fraternità Società Cooperativa Sociale',
    ]);
    expect(oss.enrolments).toHaveLength(22);
    expect(oss.enrolments.every((e) => e.participantName && e.codiceFiscale?.length === 16)).toBe(true);
    expect(oss.enrolments.filter((e) => e.outcome === 'DROPPED_OUT')).toHaveLength(2);
    expect(oss.enrolments.filter((e) => e.outcome === 'COMPLETED').every((e) => e.attendancePercent > 90)).toBe(true);
    expect(oss.riskShare).toEqual({ atRiskPercent: 30, atRiskCents: 2_640_000 });
    const cv = editions.find((e) => e.id === editionId('cv-2026')) as Edition;
    expect(cv.status).toBe('ACTIVE');
    expect(cv.enrolments).toHaveLength(10);
  });
});
