import { Field, ID, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { TRAINING_EVENTS, type AttendanceUploadedPayload, type EnrolmentChangedPayload } from '@ixl/contracts';
import { liveEvents, requireRole, type SubgraphContext } from '@ixl/subgraph-kit';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { managedEditionFor } from '../services/edition-access.js';

@ObjectType({ description: 'An attendance upload that was saved' })
class AttendanceUploadedNotice {
  @Field(() => ID)
  uploadId!: string;

  @Field(() => Int, { description: 'Rows saved' })
  rows!: number;

  @Field(() => CourseEdition)
  edition!: CourseEdition;
}

/** Live updates of the training subgraph: staff see every edition, a training body only its own. */
@Resolver()
export class TrainingLiveResolver {
  @Subscription(() => AttendanceUploadedNotice, {
    description: 'Attendance saved (CSV import or single rows). Staff: all; a training body: its own editions',
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'TRAINING_BODY');
      return liveEvents(ctx, [TRAINING_EVENTS.AttendanceUploaded], async (event, c) => {
        const edition = await managedEditionFor(c, event.aggregateId);
        const p = event.payload as unknown as AttendanceUploadedPayload;
        return edition ? { uploadId: p.uploadId, rows: p.rows, edition } : undefined;
      });
    },
  })
  attendanceUploaded(@Root() notice: AttendanceUploadedNotice): AttendanceUploadedNotice {
    return notice;
  }

  @Subscription(() => Enrolment, {
    description: 'A course request was made, accepted or declined (any enrolment change). Staff: every edition; a training body: its own',
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'TRAINING_BODY');
      return liveEvents(ctx, [TRAINING_EVENTS.EnrolmentChanged], async (event, c) => {
        const p = event.payload as unknown as EnrolmentChangedPayload;
        if (!(await managedEditionFor(c, p.editionId))) return undefined;
        return (await c.em.fork().findOne(Enrolment, { id: p.enrolmentId }, { populate: ['edition'] })) ?? undefined;
      });
    },
  })
  courseEnrolmentChanged(@Root() enrolment: Enrolment): Enrolment {
    return enrolment;
  }

  @Subscription(() => CourseEdition, {
    description:
      "An edition's KPIs or risk-share position changed (placements, enrolments, outcomes). Staff: all; a training body: its own",
    subscribe: ({ context }) => {
      const ctx = context as SubgraphContext;
      requireRole(ctx.caller, 'STAFF', 'ADMIN', 'TRAINING_BODY');
      return liveEvents(ctx, [TRAINING_EVENTS.EditionKpisChanged], (event, c) => managedEditionFor(c, event.aggregateId));
    },
  })
  editionKpisChanged(@Root() edition: CourseEdition): CourseEdition {
    return edition;
  }
}
