import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { CourseKpiBasis, RiskShareWindowFrom } from '../entities/enums.js';
import { ratePercent } from './rates.rules.js';

/** KPIs of one edition (docs/domain.md §3): counts over its population, rates as percentages with one decimal. */
export interface EditionKpiFigures {
  editionId: string;
  basis: CourseKpiBasis;
  windowMonths: number;
  windowFrom: RiskShareWindowFrom;
  windowStart: string;
  windowEnd: string;
  population: number;
  placements: number;
  employed: number;
  permanent: number;
  placementRate: number;
  employmentRate: number;
  permanentRate: number;
}

interface KpiRow {
  edition_id: string;
  window_start: string;
  window_end: string;
  window_months: number;
  population: number;
  placements: number;
  employed: number;
  permanent: number;
}

/**
 * Course KPIs from the placement read model (`placement_fact`, fed by companies' PlacementRecorded):
 * - population: participants ENROLLED in the edition (basis COMPLETED: with outcome COMPLETED;
 *   QUALIFIED: who obtained the qualification/licence);
 * - placements: their placements starting in the window [course start date, end date + N months]
 *   (both ends included; N = the edition's `kpiWindowMonths`, default 12, or the override; the start is the
 *   course end only when an agreement says COURSE_END), plus placements that `companies` credited to this
 *   edition (`sourceEditionId`) that started earlier. The work plan counted OSS placements while the course
 *   was still running (seeds/003_fe62a26ba95cc30f.txt:1182) and CQC ones "a quasi tre anni dal termine"
 *   (003:1253): the window starts at the course start by default;
 * - employed: participants with ≥ 1 such placement; permanent: with a TEMPO_INDETERMINATO one.
 * One query for any number of editions.
 */
export class KpiService {
  constructor(private readonly em: EntityManager) {}

  async kpis(
    editionIds: readonly string[],
    basis: CourseKpiBasis = CourseKpiBasis.ALL_PARTICIPANTS,
    windowMonths: number | null = null,
    windowFrom: RiskShareWindowFrom = RiskShareWindowFrom.COURSE_START,
  ): Promise<Map<string, EditionKpiFigures>> {
    const ids = [...new Set(editionIds)];
    const out = new Map<string, EditionKpiFigures>();
    if (!ids.length) return out;
    const rows = await this.em.execute<KpiRow[]>(
      `with ed as (
  select e.id, case when ?::text = 'COURSE_END' then e.end_date else e.start_date end as window_start,
         coalesce(?::int, e.kpi_window_months) as window_months,
         (e.end_date + make_interval(months => coalesce(?::int, e.kpi_window_months)))::date as window_end
  from training.course_edition e
  where e.id in (select jsonb_array_elements_text(?::jsonb)::uuid)
), pop as (
  select n.edition_id, n.beneficiary_id from training.enrolment n join ed on ed.id = n.edition_id
  where n.status = 'ENROLLED'
    and (?::text = 'ALL_PARTICIPANTS' or (?::text = 'COMPLETED' and n.outcome = 'COMPLETED') or (?::text = 'QUALIFIED' and n.qualification_obtained))
), pl as (
  select pop.edition_id, pop.beneficiary_id, p.contract
  from pop join ed on ed.id = pop.edition_id
  join training.placement_fact p on p.beneficiary_id = pop.beneficiary_id
  where p.start_date <= ed.window_end and (p.start_date >= ed.window_start or p.source_edition_id = ed.id)
)
select ed.id as edition_id, ed.window_start::text as window_start, ed.window_end::text as window_end, ed.window_months,
  (select count(*) from pop where pop.edition_id = ed.id)::int as population,
  (select count(*) from pl where pl.edition_id = ed.id)::int as placements,
  (select count(distinct pl.beneficiary_id) from pl where pl.edition_id = ed.id)::int as employed,
  (select count(distinct pl.beneficiary_id) from pl where pl.edition_id = ed.id and pl.contract = 'TEMPO_INDETERMINATO')::int as permanent
from ed`,
      [windowFrom, windowMonths, windowMonths, JSON.stringify(ids), basis, basis, basis],
    );
    for (const r of rows) {
      out.set(r.edition_id, {
        editionId: r.edition_id,
        basis,
        windowMonths: r.window_months,
        windowFrom,
        windowStart: r.window_start,
        windowEnd: r.window_end,
        population: r.population,
        placements: r.placements,
        employed: r.employed,
        permanent: r.permanent,
        placementRate: ratePercent(r.placements, r.population),
        employmentRate: ratePercent(r.employed, r.population),
        permanentRate: ratePercent(r.permanent, r.population),
      });
    }
    return out;
  }

  /**
   * Editions whose KPI or risk-share window (the widest of the two) contains `startDate` for this person
   * (or that the placement is credited to).
   */
  async editionsAffectedBy(beneficiaryId: string, startDate: string, sourceEditionId: string | null): Promise<string[]> {
    const rows = await this.em.execute<{ id: string }[]>(
      `select distinct e.id from training.course_edition e join training.enrolment n on n.edition_id = e.id
left join training.risk_share_agreement a on a.edition_id = e.id
where n.beneficiary_id = ? and n.status = 'ENROLLED'
  and ?::date <= (e.end_date + make_interval(months => greatest(e.kpi_window_months, coalesce(a.window_months, 0))))::date
  and (?::date >= e.start_date or e.id = ?::uuid)`,
      [beneficiaryId, startDate, startDate, sourceEditionId],
    );
    return rows.map((r) => r.id);
  }
}

/** An edition's KPIs for a field resolver (batched per request), from the course start over its own window or `windowMonths` (1–120). */
export async function editionKpis(
  ctx: SubgraphContext,
  editionId: string,
  basis: CourseKpiBasis,
  windowMonths: number | null,
): Promise<EditionKpiFigures> {
  if (windowMonths != null && (windowMonths < 1 || windowMonths > 120)) throw badInput('windowMonths', 'KPI_WINDOW_120');
  const window = windowMonths ?? null;
  const figures = await loader<string, EditionKpiFigures | Error>(ctx, `kpis:${basis}:${window}`, async (ids) => {
    const map = await new KpiService(ctx.em).kpis(ids, basis, window);
    return ids.map((id) => map.get(id) ?? new Error('Course edition not found'));
  }).load(editionId);
  return figures as EditionKpiFigures;
}
