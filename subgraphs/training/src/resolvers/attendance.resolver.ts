import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@ixl/subgraph-kit';
import { AttendanceService } from '../services/attendance.service.js';
import { AttendanceImportReport, CourseAttendanceRecord, RecordAttendanceInput } from '../dto/attendance.types.js';

/** Attendance uploads by the training body (or staff). */
@Resolver()
export class AttendanceResolver {
  @Mutation(() => AttendanceImportReport, {
    description:
      'Imports an attendance CSV (header: codice_fiscale,lezione,ore or person,session,hours; person = codice fiscale or enrolment id; session = code or id). Every row is validated first; nothing is written if any row is bad; the same file twice changes nothing. dryRun only validates.',
  })
  async importAttendanceCsv(
    @Arg('editionId', () => ID) editionId: string,
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { nullable: true }) dryRun: boolean | null,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AttendanceImportReport> {
    return new AttendanceService(ctx.em).importCsv(ctx.caller, editionId, csv, { dryRun, idempotencyKey });
  }

  @Mutation(() => CourseAttendanceRecord, { description: 'Records (or corrects) one participant’s hours at one session' })
  async recordAttendance(
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CourseAttendanceRecord> {
    const row = await new AttendanceService(ctx.em).recordRow(ctx.caller, input);
    return { enrolmentId: row.enrolmentId, sessionId: row.sessionId, hours: row.minutes / 60 };
  }
}
