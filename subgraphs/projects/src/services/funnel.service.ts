import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { badInput, requireStaff } from '@ixl/subgraph-kit';
import { Decision } from '../entities/decision.entity.js';
import { CommitteeKind, DecisionOutcome, SelfEmploymentStatus as SE } from '../entities/enums.js';
import { Project, ProjectSector, ProjectStatus as S } from '../entities/project.entity.js';
import { SelfEmployment } from '../entities/self-employment.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';
import { MAIN_LINE } from './project-path.rules.js';
import { SELF_EMPLOYMENT_MAIN_LINE } from './self-employment.rules.js';
import { isoDateInRome } from '@ixl/calendar';

export interface ProjectFunnelRow {
  year: number;
  sector: ProjectSector;
  applied: number;
  accompanied: number;
  evaluated: number;
  evaluatedPositively: number;
  funded: number;
  rejected: number;
  withdrawn: number;
  standBy: number;
}
export interface SelfEmploymentFunnelRow {
  year: number;
  applied: number;
  accompanied: number;
  evaluated: number;
  approved: number;
  started: number;
  rejected: number;
  withdrawn: number;
  standBy: number;
  fundedCents: number;
}

function checkYears(fromYear: number, toYear: number) {
  if (!Number.isInteger(fromYear) || fromYear < 2000 || fromYear > 2100) throw badInput('fromYear', 'FROM_YEAR_RANGE');
  if (!Number.isInteger(toYear) || toYear < fromYear || toYear - fromYear > 50) throw badInput('toYear', 'TO_YEAR_RANGE');
}

/** `reached(step)`: the history went through it, or the current step is at/after it on the main line. */
function reachedFn<T extends string>(line: readonly T[], status: T, history: Set<string>) {
  const at = line.indexOf(status);
  return (step: T) => history.has(step) || (at >= 0 && at >= line.indexOf(step));
}

const yearOf = (d: Date) => Number(isoDateInRome(d).slice(0, 4));

/** Funnels for the annual report, computed from the current status and the history. */
export class FunnelService {
  constructor(private readonly em: EntityManager) {}

  private async histories(ids: string[]): Promise<Map<string, Set<string>>> {
    const map = new Map<string, Set<string>>();
    if (!ids.length) return map;
    for (const h of await this.em.find(StatusChange, { subjectId: { $in: ids } }, { fields: ['subjectId', 'toStatus'] })) {
      const set = map.get(h.subjectId) ?? new Set<string>();
      set.add(h.toStatus);
      map.set(h.subjectId, set);
    }
    return map;
  }

  async projects(caller: Caller, fromYear: number, toYear: number): Promise<ProjectFunnelRow[]> {
    requireStaff(caller);
    checkYears(fromYear, toYear);
    const projects = await this.em.find(Project, {
      submittedAt: { $gte: new Date(`${fromYear - 1}-12-31T00:00:00Z`), $lt: new Date(`${toYear + 1}-01-02T00:00:00Z`) },
    });
    const inRange = projects.filter((p) => yearOf(p.submittedAt) >= fromYear && yearOf(p.submittedAt) <= toYear);
    const ids = inRange.map((p) => p.id);
    const history = await this.histories(ids);
    const evaluatedIds = new Set(
      ids.length
        ? (
            await this.em.find(Decision, {
              subjectId: { $in: ids },
              committeeKind: CommitteeKind.EVALUATION,
              outcome: { $ne: DecisionOutcome.POSTPONED },
            })
          ).map((d) => d.subjectId)
        : [],
    );
    const rows = new Map<string, ProjectFunnelRow>();
    for (const p of inRange) {
      const year = yearOf(p.submittedAt);
      const key = `${year}|${p.sector}`;
      const row = rows.get(key) ?? {
        year,
        sector: p.sector,
        applied: 0,
        accompanied: 0,
        evaluated: 0,
        evaluatedPositively: 0,
        funded: 0,
        rejected: 0,
        withdrawn: 0,
        standBy: 0,
      };
      const reached = reachedFn(MAIN_LINE, p.status, history.get(p.id) ?? new Set());
      row.applied++;
      if (reached(S.ACCOMPANIMENT)) row.accompanied++;
      if (evaluatedIds.has(p.id) || reached(S.MANAGEMENT_COMMITTEE)) row.evaluated++;
      if (reached(S.MANAGEMENT_COMMITTEE)) row.evaluatedPositively++;
      if (reached(S.FUNDED)) row.funded++;
      if (p.status === S.REJECTED) row.rejected++;
      if (p.status === S.WITHDRAWN) row.withdrawn++;
      if (p.status === S.STAND_BY) row.standBy++;
      rows.set(key, row);
    }
    return [...rows.values()].sort((a, b) => a.year - b.year || a.sector.localeCompare(b.sector));
  }

  async selfEmployment(caller: Caller, fromYear: number, toYear: number): Promise<SelfEmploymentFunnelRow[]> {
    requireStaff(caller);
    checkYears(fromYear, toYear);
    const paths = (
      await this.em.find(SelfEmployment, {
        submittedAt: { $gte: new Date(`${fromYear - 1}-12-31T00:00:00Z`), $lt: new Date(`${toYear + 1}-01-02T00:00:00Z`) },
      })
    ).filter((p) => yearOf(p.submittedAt) >= fromYear && yearOf(p.submittedAt) <= toYear);
    const ids = paths.map((p) => p.id);
    const history = await this.histories(ids);
    const funding = ids.length
      ? await this.em.find(Decision, { subjectId: { $in: ids }, committeeKind: CommitteeKind.MANAGEMENT, amountCents: { $ne: null } })
      : [];
    const rows = new Map<number, SelfEmploymentFunnelRow>();
    for (const p of paths) {
      const year = yearOf(p.submittedAt);
      const row = rows.get(year) ?? {
        year,
        applied: 0,
        accompanied: 0,
        evaluated: 0,
        approved: 0,
        started: 0,
        rejected: 0,
        withdrawn: 0,
        standBy: 0,
        fundedCents: 0,
      };
      const reached = reachedFn(SELF_EMPLOYMENT_MAIN_LINE, p.status, history.get(p.id) ?? new Set());
      row.applied++;
      if (reached(SE.ACCOMPANIMENT)) row.accompanied++;
      if (reached(SE.EVALUATION)) row.evaluated++;
      if (reached(SE.APPROVED)) row.approved++;
      if (reached(SE.STARTED)) row.started++;
      if (p.status === SE.REJECTED) row.rejected++;
      if (p.status === SE.WITHDRAWN) row.withdrawn++;
      if (p.status === SE.STAND_BY) row.standBy++;
      row.fundedCents += funding.filter((d) => d.subjectId === p.id).reduce((s, d) => s + (d.amountCents ?? 0), 0);
      rows.set(year, row);
    }
    return [...rows.values()].sort((a, b) => a.year - b.year);
  }
}
