import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { requireStaff, reportScope, type ReportScope } from '@ixl/subgraph-kit';
import { findMunicipality } from '@ixl/territory';

/** The figures' definitions, shown next to each figure in the staff dashboard and the printed report. */
export const PLACEMENT_REPORT_DEFINITIONS: Record<string, string> = {
  placements:
    'Placements (inserimenti) whose start date falls in the period; renewals, extensions and conversions count as new placements.',
  personsPlaced: 'Distinct persons with at least one placement starting in the period.',
  byType: 'Placements and persons by placement type (assunzione, stage, tirocinio, mini job, lavoro autonomo).',
  byContract: 'Placements and persons by contract type; NONE for placements without a contract (stage, tirocinio…).',
  bySex: 'By the person’s sex (F/M) as registered.',
  byNationality: 'IT = Italian citizenship, NON_IT = any other citizenship.',
  byAge: 'UNDER_35 when (year of the start date − year of birth) < 35, else OVER_35.',
  byMonth: 'By calendar month of the start date.',
  byMunicipality: 'By the person’s residence municipality (ISTAT code); the territory filter applies to it.',
  byDistrict: 'By the distretto socio-sanitario of the residence municipality.',
  companyRanking: 'Companies by placements starting in the period, most first; equal counts share the rank.',
  stages:
    'Stages started in the period; continued = followed by a renewal or extension; converted = followed by a conversion into a work contract.',
};

export interface PlacementBreakdownRow {
  key: string;
  placements: number;
  persons: number;
}
export interface PlacementReportData {
  from: string;
  to: string;
  placements: number;
  personsPlaced: number;
  byType: PlacementBreakdownRow[];
  byContract: PlacementBreakdownRow[];
  bySex: PlacementBreakdownRow[];
  byNationality: PlacementBreakdownRow[];
  byAge: PlacementBreakdownRow[];
  byMonth: PlacementBreakdownRow[];
  byMunicipality: PlacementBreakdownRow[];
  byDistrict: PlacementBreakdownRow[];
  companyRanking: { rank: number; companyId: string; companyName: string; placements: number }[];
  stagesStarted: number;
  stagesContinued: number;
  stagesConverted: number;
  definitions: { figure: string; definition: string }[];
}

const DIMENSIONS = ['total', 'type', 'contract', 'sex', 'nationality', 'age', 'month', 'municipality'] as const;

/** Annual-report figures about placements, computed in SQL (one pass with grouping sets). */
export class PlacementReportService {
  constructor(private readonly em: EntityManager) {}

  async report(
    caller: Caller,
    input: { from: string; to: string; municipalityCode?: string | null; district?: string | null },
  ): Promise<PlacementReportData> {
    requireStaff(caller);
    const scope = reportScope(input);
    const [grouped, ranking, stages] = await Promise.all([this.breakdowns(scope), this.ranking(scope), this.stages(scope)]);
    const get = (dim: string) => (grouped.get(dim) ?? []).sort((a, b) => a.key.localeCompare(b.key));
    const total = grouped.get('total')?.[0] ?? { key: 'total', placements: 0, persons: 0 };
    const districts = new Map<string, PlacementBreakdownRow>();
    for (const m of get('municipality')) {
      const key = findMunicipality(m.key)?.district ?? 'UNKNOWN';
      const row = districts.get(key) ?? { key, placements: 0, persons: 0 };
      row.placements += m.placements;
      row.persons += m.persons; // a person has one residence municipality, so persons add up
      districts.set(key, row);
    }
    return {
      from: scope.from,
      to: scope.to,
      placements: total.placements,
      personsPlaced: total.persons,
      byType: get('type'),
      byContract: get('contract'),
      bySex: get('sex'),
      byNationality: get('nationality'),
      byAge: get('age'),
      byMonth: get('month'),
      byMunicipality: get('municipality'),
      byDistrict: [...districts.values()].sort((a, b) => a.key.localeCompare(b.key)),
      companyRanking: ranking,
      stagesStarted: stages.started,
      stagesContinued: stages.continued,
      stagesConverted: stages.converted,
      definitions: Object.entries(PLACEMENT_REPORT_DEFINITIONS).map(([figure, definition]) => ({ figure, definition })),
    };
  }

  /** Placements starting in the period; the person's read model is joined only when needed (breakdowns or a territory filter). */
  private scoped(scope: ReportScope, withProfile = true): { sql: string; params: unknown[] } {
    const territory = scope.municipalityCodes ? ` and mp."municipality_code" = any(?::text[])` : '';
    const join =
      withProfile || scope.municipalityCodes
        ? ` left join "companies"."matching_profile" mp on mp."beneficiary_id" = p."beneficiary_id"`
        : '';
    return {
      sql: `from "companies"."placement" p${join}
            where p."start_date" >= ?::date and p."start_date" <= ?::date${territory}`,
      params: [scope.from, scope.to, ...(scope.municipalityCodes ? [`{${scope.municipalityCodes.join(',')}}`] : [])],
    };
  }

  private async breakdowns(scope: ReportScope): Promise<Map<string, PlacementBreakdownRow[]>> {
    const s = this.scoped(scope);
    const rows = await this.em.execute<Record<string, string | null>[]>(
      `with f as (
         select p."beneficiary_id" as person, p."type",
                coalesce(p."contract", 'NONE') as contract,
                coalesce(mp."sex", 'UNKNOWN') as sex,
                case when mp."citizenship" is null then 'UNKNOWN' when upper(mp."citizenship") = 'IT' then 'IT' else 'NON_IT' end as nationality,
                case when mp."birth_year" is null then 'UNKNOWN' when extract(year from p."start_date")::int - mp."birth_year" < 35 then 'UNDER_35' else 'OVER_35' end as age,
                to_char(p."start_date", 'YYYY-MM') as month,
                coalesce(mp."municipality_code", 'UNKNOWN') as municipality
         ${s.sql})
       select grouping("type") as g_type, grouping(contract) as g_contract, grouping(sex) as g_sex, grouping(nationality) as g_nationality,
              grouping(age) as g_age, grouping(month) as g_month, grouping(municipality) as g_municipality,
              "type", contract, sex, nationality, age, month, municipality,
              count(*) as placements, count(distinct person) as persons
         from f
        group by grouping sets ((), ("type"), (contract), (sex), (nationality), (age), (month), (municipality))`,
      s.params,
    );
    const out = new Map<string, PlacementBreakdownRow[]>();
    for (const r of rows) {
      const dim = DIMENSIONS.find((d) => d !== 'total' && Number(r[`g_${d}`]) === 0) ?? 'total';
      const key = dim === 'total' ? 'total' : String(r[dim === 'type' ? 'type' : dim]);
      const list = out.get(dim) ?? [];
      list.push({ key, placements: Number(r.placements), persons: Number(r.persons) });
      out.set(dim, list);
    }
    return out;
  }

  private async ranking(scope: ReportScope): Promise<PlacementReportData['companyRanking']> {
    const s = this.scoped(scope, false);
    const rows = await this.em.execute<{ company_id: string; name: string; placements: string; rank: string }[]>(
      `select c."id" as company_id, c."name", count(*) as placements, rank() over (order by count(*) desc) as rank
         ${s.sql.replace('"placement" p', '"placement" p join "companies"."company" c on c."id" = p."company_id"')}
        group by c."id", c."name"
        order by count(*) desc, c."name" asc, c."id" asc
        limit 50`,
      s.params,
    );
    return rows.map((r) => ({ rank: Number(r.rank), companyId: r.company_id, companyName: r.name, placements: Number(r.placements) }));
  }

  private async stages(scope: ReportScope): Promise<{ started: number; continued: number; converted: number }> {
    const s = this.scoped(scope, false);
    const [row] = await this.em.execute<{ started: string; continued: string; converted: string }[]>(
      `select count(*) as started,
              count(*) filter (where exists (select 1 from "companies"."placement" n where n."previous_placement_id" = p."id" and n."follow_up" in ('RENEWAL', 'EXTENSION'))) as continued,
              count(*) filter (where exists (select 1 from "companies"."placement" n where n."previous_placement_id" = p."id" and n."follow_up" = 'CONVERSION')) as converted
         ${s.sql} and p."type" = 'STAGE'`,
      s.params,
    );
    return { started: Number(row?.started ?? 0), continued: Number(row?.continued ?? 0), converted: Number(row?.converted ?? 0) };
  }
}
