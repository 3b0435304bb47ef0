import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { requireStaff, reportScope, share, type ReportScope } from '@ixl/subgraph-kit';

/** The figures' definitions, shown next to each figure in the staff dashboard and the printed report. */
export const PEOPLE_REPORT_DEFINITIONS: Record<string, string> = {
  registrations: 'Persons whose registration date (Europe/Rome) falls in the period, by residence municipality.',
  registrationsByMonth: 'The same registrations grouped by calendar month of registration (Europe/Rome).',
  interviewed: 'Persons whose first intake interview (first one completed) took place in the period.',
  assessed: 'Of the interviewed, those with a fragility assessment (profilo forte or in target).',
  inTargetShare:
    'In target (score ≥ 11) ÷ assessed, among the persons interviewed in the period who live or are domiciled in the Città metropolitana.',
  inTargetOutOfArea:
    'Persons interviewed in the period, in target by a staff exception although outside the Città metropolitana: counted apart (not in inTarget, its share or readiness).',
  readiness:
    'Readiness of the in-target persons interviewed in the period (pronto, non pronto, fragile, in valutazione); share = count ÷ in target.',
  medianDaysToFirstInterview:
    'Median of the calendar days (Europe/Rome) from registration to the first interview, over the persons interviewed in the period.',
  shareWithin15Days:
    'Persons interviewed in the period whose first interview came within 15 days of registration ÷ persons interviewed in the period.',
  fuoriProtocollo:
    'Moves to fuori protocollo made in the period, by reason (entered); persons out of protocol today by reason (current). Residence in the territory.',
};

export interface PeopleReportData {
  from: string;
  to: string;
  registrations: number;
  registrationsByMonth: { key: string; count: number }[];
  interviewed: number;
  assessed: number;
  inTarget: number;
  notInTarget: number;
  inTargetOutOfArea: number;
  inTargetShare: number | null;
  readiness: { key: string; count: number; share: number | null }[];
  medianDaysToFirstInterview: number | null;
  interviewedWithin15Days: number;
  shareWithin15Days: number | null;
  fuoriProtocollo: { reason: string; entered: number; current: number }[];
  definitions: { figure: string; definition: string }[];
}

const READINESS = ['PRONTO', 'NON_PRONTO', 'FRAGILE', 'IN_VALUTAZIONE'];
const FP_REASONS = ['WORKING', 'UNREACHABLE', 'NOT_COLLABORATING'];

/** Bounds of the period as instants (index friendly): Europe/Rome midnight of `from`, and Europe/Rome midnight after `to`. */
const FROM_TS = `(?::date)::timestamp at time zone 'Europe/Rome'`;
const TO_TS = `((?::date) + 1)::timestamp at time zone 'Europe/Rome'`;

/** Annual-report figures about people, computed in SQL over the people schema. */
export class PeopleReportService {
  constructor(private readonly em: EntityManager) {}

  async report(
    caller: Caller,
    input: { from: string; to: string; municipalityCode?: string | null; district?: string | null },
  ): Promise<PeopleReportData> {
    requireStaff(caller);
    const scope = reportScope(input);
    const [byMonth, interviews, fuori] = await Promise.all([
      this.registrations(scope),
      this.interviews(scope),
      this.fuoriProtocollo(scope),
    ]);
    const inTarget = interviews.in_target;
    const readinessRows = READINESS.map((key) => {
      const count = interviews.readiness.get(key) ?? 0;
      return { key, count, share: share(count, inTarget) };
    });
    return {
      from: scope.from,
      to: scope.to,
      registrations: byMonth.reduce((s, r) => s + r.count, 0),
      registrationsByMonth: byMonth,
      interviewed: interviews.interviewed,
      assessed: interviews.in_target + interviews.forte + interviews.in_target_out_of_area,
      inTarget,
      notInTarget: interviews.forte,
      inTargetOutOfArea: interviews.in_target_out_of_area,
      inTargetShare: share(inTarget, inTarget + interviews.forte),
      readiness: readinessRows,
      medianDaysToFirstInterview: interviews.median,
      interviewedWithin15Days: interviews.within15,
      shareWithin15Days: share(interviews.within15, interviews.interviewed),
      fuoriProtocollo: fuori,
      definitions: Object.entries(PEOPLE_REPORT_DEFINITIONS).map(([figure, definition]) => ({ figure, definition })),
    };
  }

  private territory(scope: ReportScope, column: string): { sql: string; params: unknown[] } {
    return scope.municipalityCodes
      ? { sql: ` and ${column} = any(?::text[])`, params: [`{${scope.municipalityCodes.join(',')}}`] }
      : { sql: '', params: [] };
  }

  private async registrations(scope: ReportScope): Promise<{ key: string; count: number }[]> {
    const t = this.territory(scope, 'b."municipality_code"');
    const rows = await this.em.execute<{ month: string; n: string }[]>(
      `select to_char(b."registered_at" at time zone 'Europe/Rome', 'YYYY-MM') as month, count(*) as n
         from "people"."beneficiary" b
        where b."registered_at" >= ${FROM_TS} and b."registered_at" < ${TO_TS}${t.sql}
        group by 1 order by 1`,
      [scope.from, scope.to, ...t.params],
    );
    return rows.map((r) => ({ key: r.month, count: Number(r.n) }));
  }

  /** One pass over the persons interviewed in the period (index on interviewed_at): counts, readiness, days to the first interview. */
  private async interviews(scope: ReportScope): Promise<{
    interviewed: number;
    in_target: number;
    in_target_out_of_area: number;
    forte: number;
    within15: number;
    median: number | null;
    readiness: Map<string, number>;
  }> {
    const t = this.territory(scope, 'b."municipality_code"');
    const [row] = await this.em.execute<Record<string, string | null>[]>(
      `with i as (
         select b."profile", b."readiness", b."out_of_area",
                ((b."interviewed_at" at time zone 'Europe/Rome')::date - (b."registered_at" at time zone 'Europe/Rome')::date) as days
           from "people"."beneficiary" b
          where b."interviewed_at" >= ${FROM_TS} and b."interviewed_at" < ${TO_TS}${t.sql})
       select count(*) as interviewed,
              count(*) filter (where "profile" = 'IN_TARGET' and not "out_of_area") as in_target,
              count(*) filter (where "profile" = 'IN_TARGET' and "out_of_area") as in_target_out_of_area,
              count(*) filter (where "profile" = 'FORTE') as forte,
              count(*) filter (where days <= 15) as within15,
              ${READINESS.map((r) => `count(*) filter (where "profile" = 'IN_TARGET' and not "out_of_area" and coalesce("readiness", 'IN_VALUTAZIONE') = '${r}') as "r_${r}"`).join(',\n              ')},
              percentile_cont(0.5) within group (order by days) as median
         from i`,
      [scope.from, scope.to, ...t.params],
    );
    const n = (key: string) => Number(row?.[key] ?? 0);
    return {
      interviewed: n('interviewed'),
      in_target: n('in_target'),
      in_target_out_of_area: n('in_target_out_of_area'),
      forte: n('forte'),
      within15: n('within15'),
      median: row?.median == null ? null : Number(row.median),
      readiness: new Map(READINESS.map((r) => [r, n(`r_${r}`)])),
    };
  }

  private async fuoriProtocollo(scope: ReportScope): Promise<{ reason: string; entered: number; current: number }[]> {
    const t = this.territory(scope, 'b."municipality_code"');
    const entered = await this.em.execute<{ reason: string; n: string }[]>(
      `select s."fuori_protocollo_reason" as reason, count(*) as n
         from "people"."status_change" s join "people"."beneficiary" b on b."id" = s."beneficiary_id"
        where s."to" = 'FUORI_PROTOCOLLO' and s."at" >= ${FROM_TS} and s."at" < ${TO_TS}${t.sql}
        group by 1`,
      [scope.from, scope.to, ...t.params],
    );
    const current = await this.em.execute<{ reason: string; n: string }[]>(
      `select b."fuori_protocollo_reason" as reason, count(*) as n from "people"."beneficiary" b
        where b."status" = 'FUORI_PROTOCOLLO'${t.sql} group by 1`,
      [...t.params],
    );
    const e = new Map(entered.map((r) => [r.reason, Number(r.n)]));
    const c = new Map(current.map((r) => [r.reason, Number(r.n)]));
    return FP_REASONS.map((reason) => ({ reason, entered: e.get(reason) ?? 0, current: c.get(reason) ?? 0 }));
  }
}
