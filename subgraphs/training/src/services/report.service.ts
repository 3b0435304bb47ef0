import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { requireStaff, reportScope, share } from '@ixl/subgraph-kit';
import { CourseKpiBasis } from '../entities/enums.js';
import { KpiService, type EditionKpiFigures } from './kpi.service.js';

/** The figures' definitions, shown next to each figure in the staff dashboard and the printed report. */
export const TRAINING_REPORT_DEFINITIONS: Record<string, string> = {
  packages: 'Training packages = enrolments (status ENROLLED) in course editions starting in the period.',
  packagesBySubject: 'Training packages by the edition’s subject; share = packages of the subject ÷ all packages.',
  completed:
    'Of those packages, the ones with outcome COMPLETED; dropped out = outcome DROPPED_OUT; qualified = qualification or licence obtained.',
  courses:
    'Course editions ending in the period, with their KPIs over all participants: tasso di inserimento = placements ÷ population, tasso di occupazione = participants with ≥ 1 placement ÷ population, tempo indeterminato = participants with a permanent contract ÷ population (placements in the edition’s window after the course end).',
};

export interface TrainingReportData {
  from: string;
  to: string;
  packages: number;
  completed: number;
  droppedOut: number;
  qualified: number;
  packagesBySubject: { key: string; count: number; share: number | null }[];
  courses: (EditionKpiFigures & { title: string; subject: string; trainingBodyName: string; endDate: string })[];
  definitions: { figure: string; definition: string }[];
}

/** Annual-report figures about training, in SQL over the training schema (territory: not applicable). */
export class TrainingReportService {
  constructor(private readonly em: EntityManager) {}

  async report(caller: Caller, input: { from: string; to: string }): Promise<TrainingReportData> {
    requireStaff(caller);
    const scope = reportScope(input);
    const subjects = await this.em.execute<{ subject: string; n: string; completed: string; dropped: string; qualified: string }[]>(
      `select e."subject", count(*) as n,
              count(*) filter (where n."outcome" = 'COMPLETED') as completed,
              count(*) filter (where n."outcome" = 'DROPPED_OUT') as dropped,
              count(*) filter (where n."qualification_obtained") as qualified
         from "training"."enrolment" n join "training"."course_edition" e on e."id" = n."edition_id"
        where n."status" = 'ENROLLED' and e."start_date" >= ?::date and e."start_date" <= ?::date
        group by e."subject" order by count(*) desc, e."subject"`,
      [scope.from, scope.to],
    );
    const packages = subjects.reduce((s, r) => s + Number(r.n), 0);
    const editions = await this.em.execute<{ id: string; title: string; subject: string; body: string; end_date: string }[]>(
      `select e."id", e."title", e."subject", b."name" as body, e."end_date"::text as end_date
         from "training"."course_edition" e join "training"."training_body" b on b."id" = e."training_body_id"
        where e."end_date" >= ?::date and e."end_date" <= ?::date and e."status" <> 'CANCELLED'
        order by e."end_date", e."title" limit 200`,
      [scope.from, scope.to],
    );
    const kpis = await new KpiService(this.em).kpis(
      editions.map((e) => e.id),
      CourseKpiBasis.ALL_PARTICIPANTS,
    );
    return {
      from: scope.from,
      to: scope.to,
      packages,
      completed: subjects.reduce((s, r) => s + Number(r.completed), 0),
      droppedOut: subjects.reduce((s, r) => s + Number(r.dropped), 0),
      qualified: subjects.reduce((s, r) => s + Number(r.qualified), 0),
      packagesBySubject: subjects.map((r) => ({ key: r.subject, count: Number(r.n), share: share(Number(r.n), packages) })),
      courses: editions.flatMap((e) => {
        const k = kpis.get(e.id);
        return k ? [{ ...k, title: e.title, subject: e.subject, trainingBodyName: e.body, endDate: e.end_date }] : [];
      }),
      definitions: Object.entries(TRAINING_REPORT_DEFINITIONS).map(([figure, definition]) => ({ figure, definition })),
    };
  }
}
