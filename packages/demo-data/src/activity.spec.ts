import { describe, expect, it } from 'vitest';
import { demoCoursePlacements, demoEnrolments, editionId } from './index.js';

const figures = (edition: string) => {
  const rows = demoCoursePlacements().filter((p) => p.sourceEditionId === editionId(edition));
  const participants = demoEnrolments().filter((e) => e.editionId === editionId(edition)).length;
  return {
    participants,
    placements: rows.length,
    employed: new Set(rows.map((r) => r.beneficiaryId)).size,
    permanent: new Set(rows.filter((r) => r.contract === 'TEMPO_INDETERMINATO').map((r) => r.beneficiaryId)).size,
  };
};

describe('demo course placements reproduce the published figures', () => {
  it('OSS 2020: 41 placements, 20 employed of 22', () =>
    expect(figures('oss-2020')).toMatchObject({ participants: 22, placements: 41, employed: 20 }));
  it('Addetto pulizie 2019: 24 placements, 9 employed of 14', () =>
    expect(figures('pulizie-2019')).toMatchObject({ participants: 14, placements: 24, employed: 9 }));
  it('Addetto pulizie 2020: 12 placements, 8 employed of 14', () =>
    expect(figures('pulizie-2020')).toMatchObject({ participants: 14, placements: 12, employed: 8 }));
  it('CQC 2018: 21 placements, 6 employed of 12, 5 permanent', () =>
    expect(figures('cqc-2018')).toEqual({ participants: 12, placements: 21, employed: 6, permanent: 5 }));
  it('chains renewals: every follow-up points to an earlier placement of the same person', () => {
    const all = demoCoursePlacements();
    const byId = new Map(all.map((p) => [p.id, p]));
    for (const p of all.filter((x) => x.previousPlacementId)) {
      const prev = byId.get(p.previousPlacementId ?? '');
      expect(prev?.beneficiaryId).toBe(p.beneficiaryId);
      expect((prev?.startDate ?? '') < p.startDate).toBe(true);
    }
  });
});
