import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { requireStaff, reportScope, share } from '@ixl/subgraph-kit';
import { fundPosition } from './guarantee-fund.service.js';

/** The figures' definitions, shown next to each figure in the staff dashboard and the printed report. */
export const FINANCE_REPORT_DEFINITIONS: Record<string, string> = {
  grantsApproved: 'Grants (fondo perduto) approved in the period and not refused: count and total, euro cents.',
  loansApproved: 'Credito sociale loans approved in the period (not refused): count and principal, euro cents.',
  disbursed:
    'Journal movements booked in the period, by account (loan disbursed, grant disbursed, stage indemnities, settlements, budget…); reversals subtract.',
  loansOutstanding: 'Today: principal of the live loans (disbursed, repaying, in arrears) minus the principal repaid.',
  fundExposure:
    'Today: guaranteed share of the outstanding principal of every live loan; free capacity = plafond − guarantees called − exposure.',
  budgetUse: 'Budget lines whose years overlap the period: committed and disbursed to date; use = committed ÷ line amount.',
};

export interface FinanceReportData {
  from: string;
  to: string;
  grantsApprovedCount: number;
  grantsApprovedCents: number;
  loansApprovedCount: number;
  loansApprovedCents: number;
  disbursed: { account: string; cents: number }[];
  loansOutstandingCents: number;
  plafondCents: number;
  exposureCents: number;
  calledCents: number;
  freeCapacityCents: number;
  budgetLines: {
    id: string;
    funder: string;
    label: string;
    fromYear: number;
    toYear: number;
    amountCents: number;
    committedCents: number;
    disbursedCents: number;
    use: number | null;
  }[];
  definitions: { figure: string; definition: string }[];
}

const n = (v: string | number | null | undefined) => Number(v ?? 0);

/** Annual-report finance totals, in SQL over the finance schema (territory: not applicable). */
export class FinanceReportService {
  constructor(private readonly em: EntityManager) {}

  async report(caller: Caller, input: { from: string; to: string }): Promise<FinanceReportData> {
    requireStaff(caller);
    const scope = reportScope(input);
    const p = [scope.from, scope.to];
    const [grants] = await this.em.execute<{ c: string; s: string }[]>(
      `select count(*) as c, coalesce(sum("total_cents"), 0) as s from "finance"."grant" where "status" <> 'REFUSED' and "approved_on" between ?::date and ?::date`,
      p,
    );
    const [loans] = await this.em.execute<{ c: string; s: string }[]>(
      `select count(*) as c, coalesce(sum("principal_cents"), 0) as s from "finance"."loan" where "status" <> 'REFUSED' and "approved_on" between ?::date and ?::date`,
      p,
    );
    const disbursed = await this.em.execute<{ account: string; s: string }[]>(
      `select "account", sum("amount_cents") as s from "finance"."ledger_entry" where "booked_on" between ?::date and ?::date group by 1 order by 1`,
      p,
    );
    const [outstanding] = await this.em.execute<{ s: string }[]>(
      `select coalesce(sum(greatest(0, l."principal_cents" - coalesce(r.repaid, 0))), 0) as s
         from "finance"."loan" l
         left join (select "loan_id", sum("amount_cents") as repaid from "finance"."ledger_entry" where "account" = 'LOAN_PRINCIPAL_REPAID' group by 1) r on r."loan_id" = l."id"
        where l."status" in ('DISBURSED', 'REPAYING', 'IN_ARREARS')`,
    );
    const fund = await fundPosition(this.em);
    const lines = await this.em.execute<
      {
        id: string;
        funder: string;
        label: string;
        from_year: number;
        to_year: number;
        amount_cents: string;
        committed: string;
        paid: string;
      }[]
    >(
      `select b."id", b."funder", b."label", b."from_year", b."to_year", b."amount_cents",
              coalesce((select sum(e."amount_cents") from "finance"."ledger_entry" e where e."budget_line_id" = b."id" and e."account" = 'BUDGET_COMMITTED'), 0) as committed,
              coalesce((select sum(e."amount_cents") from "finance"."ledger_entry" e where e."budget_line_id" = b."id" and e."account" = 'BUDGET_DISBURSED'), 0) as paid
         from "finance"."budget_line" b
        where b."from_year" <= ? and b."to_year" >= ?
        order by b."funder", b."from_year", b."label"`,
      [Number(scope.to.slice(0, 4)), Number(scope.from.slice(0, 4))],
    );
    return {
      from: scope.from,
      to: scope.to,
      grantsApprovedCount: n(grants?.c),
      grantsApprovedCents: n(grants?.s),
      loansApprovedCount: n(loans?.c),
      loansApprovedCents: n(loans?.s),
      disbursed: disbursed.map((r) => ({ account: r.account, cents: n(r.s) })),
      loansOutstandingCents: n(outstanding?.s),
      plafondCents: fund.plafondCents,
      exposureCents: fund.exposureCents,
      calledCents: fund.calledCents,
      freeCapacityCents: fund.freeCapacityCents,
      budgetLines: lines.map((l) => ({
        id: l.id,
        funder: l.funder,
        label: l.label,
        fromYear: l.from_year,
        toYear: l.to_year,
        amountCents: n(l.amount_cents),
        committedCents: n(l.committed),
        disbursedCents: n(l.paid),
        use: share(n(l.committed), n(l.amount_cents)),
      })),
      definitions: Object.entries(FINANCE_REPORT_DEFINITIONS).map(([figure, definition]) => ({ figure, definition })),
    };
  }
}
