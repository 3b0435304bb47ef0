import { randomUUID } from 'node:crypto';
import type { RunningStack } from '@ixl/launcher';
import { factories } from '@ixl/testkit';
import { buildCodiceFiscale } from '@ixl/territory';
import { CourseEdition, CourseStream } from '../src/entities/course-edition.entity.js';
import { CourseSession } from '../src/entities/course-session.entity.js';
import { Enrolment } from '../src/entities/enrolment.entity.js';
import { TrainingBody } from '../src/entities/training-body.entity.js';
import { CourseEditionStatus } from '../src/entities/enums.js';

let n = 0;
const em = (stack: RunningStack) => stack.subgraphs.training.orm.em.fork();

/** A unique, valid codice fiscale for test participants. */
export function testCodiceFiscale(): string {
  n++;
  const letters = 'BCDFGHLMNPRSTVZ';
  const word = (k: number) => Array.from({ length: 3 }, (_, i) => letters[Math.floor(k / letters.length ** i) % letters.length]).join('');
  return buildCodiceFiscale({
    surname: `${word(n)}A`,
    name: `${word(n * 7 + 3)}O`,
    birthDate: `19${60 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`,
    sex: n % 2 ? 'F' : 'M',
    birthPlaceCode: 'A944',
    omocodia: Math.floor(n / 3375) % 8,
  });
}

export async function trainingBody(stack: RunningStack, name = `Ente test ${randomUUID().slice(0, 8)}`): Promise<TrainingBody> {
  const e = em(stack);
  const body = e.create(TrainingBody, { id: randomUUID(), name, email: null });
  await e.persistAndFlush(body);
  return body;
}

/** An edition (ACTIVE unless told) with `sessions` daily sessions of `hours` hours from the start date. */
export async function edition(
  stack: RunningStack,
  bodyId: string,
  opts: Partial<{
    startDate: string;
    endDate: string;
    seats: number;
    totalCostCents: number;
    status: CourseEditionStatus;
    stream: CourseStream;
    sessions: number;
    hours: number;
    kpiWindowMonths: number;
  }> = {},
): Promise<{ edition: CourseEdition; sessions: CourseSession[] }> {
  const e = em(stack);
  const edition = e.create(CourseEdition, {
    id: randomUUID(),
    trainingBody: e.getReference(TrainingBody, bodyId),
    title: `Corso test ${++n}`,
    subject: 'OSS',
    stream: opts.stream ?? CourseStream.TRANSVERSAL,
    status: opts.status ?? CourseEditionStatus.ACTIVE,
    startDate: opts.startDate ?? '2020-02-03',
    endDate: opts.endDate ?? '2020-10-30',
    seats: opts.seats ?? 30,
    totalCostCents: opts.totalCostCents ?? 1_000_000,
    kpiWindowMonths: opts.kpiWindowMonths ?? 12,
  });
  const start = Date.parse(`${edition.startDate}T00:00:00Z`);
  const sessions = Array.from({ length: opts.sessions ?? 0 }, (_, i) => {
    const date = new Date(start + i * 86400_000).toISOString().slice(0, 10);
    return e.create(CourseSession, {
      id: randomUUID(),
      edition,
      code: `S${String(i + 1).padStart(3, '0')}`,
      date,
      lengthMinutes: Math.round((opts.hours ?? 4) * 60),
    });
  });
  await e.persistAndFlush([edition, ...sessions]);
  return { edition, sessions };
}

/** `count` new people (in `people`) enrolled in the edition with a name and codice fiscale copy. */
export async function participants(stack: RunningStack, editionId: string, count: number): Promise<Enrolment[]> {
  const e = em(stack);
  const rows: Enrolment[] = [];
  for (let i = 0; i < count; i++) {
    rows.push(
      e.create(Enrolment, {
        id: randomUUID(),
        edition: e.getReference(CourseEdition, editionId),
        beneficiaryId: randomUUID(),
        participantName: `Partecipante ${i + 1}`,
        codiceFiscale: testCodiceFiscale(),
      }),
    );
  }
  await e.persistAndFlush(rows);
  return rows;
}

/** Emulates companies' PlacementRecorded (contract in @ixl/contracts) for one participant. */
export async function placement(
  stack: RunningStack,
  beneficiaryId: string,
  startDate: string,
  contract: 'TEMPO_DETERMINATO' | 'TEMPO_INDETERMINATO' | null = 'TEMPO_DETERMINATO',
  placementId: string = randomUUID(),
): Promise<string> {
  await factories.publishAs(stack, 'companies', {
    type: 'PlacementRecorded',
    aggregateType: 'Placement',
    aggregateId: placementId,
    payload: {
      placementId,
      beneficiaryId,
      companyId: null,
      vacancyId: null,
      sourceEditionId: null,
      previousPlacementId: null,
      type: contract ? 'ASSUNZIONE' : 'STAGE',
      contract,
      startDate,
      endDate: null,
      hoursPerWeek: null,
    },
  });
  return placementId;
}

/** Rows of a training table, for before/after assertions. */
export async function count(stack: RunningStack, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await em(stack).execute<{ n: number }[]>(`select count(*)::int as n from ${sql}`, params);
  return row?.n ?? 0;
}
