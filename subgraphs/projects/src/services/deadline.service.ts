import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { requireStaff, requireIsoDate } from '@ixl/subgraph-kit';
import { MonitoringMode, PathKind } from '../entities/enums.js';
import { MeetingKind, PathMeeting } from '../entities/path-meeting.entity.js';
import { Project, ProjectStatus } from '../entities/project.entity.js';
import { LABS_REQUIRED, MONITORING_MEETINGS, labDeadline, monitoringEnd } from './time-limits.rules.js';
import { addDays, todayInRome } from '@ixl/calendar';

export type DeadlineKind = 'LABS_DUE' | 'LABS_OVERDUE' | 'MONITORING_ENDING' | 'MONITORING_ENDED';

export interface DeadlineRow {
  project: Project;
  kind: DeadlineKind;
  dueOn: string;
  overdue: boolean;
  detail: string;
}

/** How many days ahead "ending soon" looks. */
export const ENDING_SOON_DAYS = 30;

/** Deadlines staff watch: labs due/overdue (2 months from the intake meeting), weekly monitoring ending (6 months). */
export class DeadlineService {
  constructor(private readonly em: EntityManager) {}

  async list(caller: Caller, asOfInput?: string | null): Promise<DeadlineRow[]> {
    requireStaff(caller);
    const asOf = asOfInput ? requireIsoDate('asOf', asOfInput) : todayInRome();
    const projects = await this.em.find(Project, {
      $or: [{ status: ProjectStatus.ACCOMPANIMENT, pathKind: PathKind.THREE_LABS }, { status: ProjectStatus.MONITORING }],
    });
    if (!projects.length) return [];
    const meetings = await this.em.find(PathMeeting, {
      subjectId: { $in: projects.map((p) => p.id) },
      kind: { $in: [MeetingKind.LAB, MeetingKind.MONITORING] },
    });
    const count = (id: string, kind: MeetingKind) => meetings.filter((m) => m.subjectId === id && m.kind === kind).length;
    const rows: DeadlineRow[] = [];
    for (const p of projects) {
      if (p.status === ProjectStatus.ACCOMPANIMENT && p.intakeMeetingOn) {
        const held = count(p.id, MeetingKind.LAB);
        if (held >= LABS_REQUIRED) continue;
        const dueOn = labDeadline(p.intakeMeetingOn);
        const overdue = asOf > dueOn;
        rows.push({
          project: p,
          kind: overdue ? 'LABS_OVERDUE' : 'LABS_DUE',
          dueOn,
          overdue,
          detail: `${held} of ${LABS_REQUIRED} labs held`,
        });
      } else if (p.status === ProjectStatus.MONITORING && p.monitoringMode && p.monitoringStartedOn) {
        const held = count(p.id, MeetingKind.MONITORING);
        const end = monitoringEnd(p.monitoringMode, p.monitoringStartedOn);
        if (p.monitoringMode === MonitoringMode.WEEKLY && end && asOf >= addDays(end, -ENDING_SOON_DAYS)) {
          const ended = asOf > end;
          rows.push({
            project: p,
            kind: ended ? 'MONITORING_ENDED' : 'MONITORING_ENDING',
            dueOn: end,
            overdue: ended,
            detail: `${held} weekly meetings held; weekly monitoring ends ${end}`,
          });
        } else if (p.monitoringMode === MonitoringMode.THREE_MEETINGS && held >= MONITORING_MEETINGS) {
          rows.push({
            project: p,
            kind: 'MONITORING_ENDED',
            dueOn: p.monitoringStartedOn,
            overdue: false,
            detail: `${held} of ${MONITORING_MEETINGS} meetings held: monitoring complete`,
          });
        }
      }
    }
    return rows.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  }
}
