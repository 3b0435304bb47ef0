import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { badInput, requireStaff } from '@ixl/subgraph-kit';

export interface RankingRow {
  rank: number;
  companyId: string;
  companyName: string;
  placements: number;
}

/** Company ranking by placements started in a year (docs/domain.md §2: La Fraternità 25, Rekeep 15, …). */
export class RankingService {
  constructor(private readonly em: EntityManager) {}

  /** Companies with at least one placement starting in `year`; most first, ties by name; equal counts share the rank. */
  async companyPlacementRanking(caller: Caller, year: number): Promise<RankingRow[]> {
    requireStaff(caller);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', 'YEAR_RANGE_2000_2100');
    const rows = await this.em.execute<{ company_id: string; name: string; placements: string; rank: string }[]>(
      `select c."id" as company_id, c."name", count(*) as placements, rank() over (order by count(*) desc) as rank
         from "companies"."placement" p join "companies"."company" c on c."id" = p."company_id"
        where p."start_date" >= ?::date and p."start_date" < ?::date
        group by c."id", c."name"
        order by count(*) desc, c."name" asc, c."id" asc`,
      [`${year}-01-01`, `${year + 1}-01-01`],
    );
    return rows.map((r) => ({ rank: Number(r.rank), companyId: r.company_id, companyName: r.name, placements: Number(r.placements) }));
  }
}
