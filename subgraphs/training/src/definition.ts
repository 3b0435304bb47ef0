import { withHistoryImport } from '@ixl/subgraph-kit';
import { trainingHistoryImport } from './services/history-import.service.js';
import type { SubgraphDefinition, SubgraphContext } from '@ixl/subgraph-kit';
import { loadById } from '@ixl/subgraph-kit';
import { BeneficiaryRef } from './entities/beneficiary.ref.js';
import { personalDataResolver } from '@ixl/subgraph-kit';
import { trainingPersonalData } from './services/personal-data.service.js';
import { CompanyRef, VacancyRef } from './entities/company.ref.js';
import { CourseEdition } from './entities/course-edition.entity.js';
import { Enrolment } from './entities/enrolment.entity.js';
import { TrainingBody } from './entities/training-body.entity.js';
import { CourseSession } from './entities/course-session.entity.js';
import { Attendance } from './entities/attendance.entity.js';
import { AttendanceUpload } from './entities/attendance-upload.entity.js';
import { HiringCommitment } from './entities/hiring-commitment.entity.js';
import {
  RiskShareAgreement,
  RiskShareAgreementChange,
  RiskShareSettlement,
  RiskShareSettlementRevision,
} from './entities/risk-share.entity.js';
import { PlacementFact } from './entities/placement-fact.entity.js';
import { migrations } from './migrations/index.js';
import { seedTrainingDemo } from './demo/seed.js';
import { trainingConsumers } from './events/index.js';
import { trainingJobs } from './jobs/index.js';
import { AttendanceResolver } from './resolvers/attendance.resolver.js';
import { TrainingReportResolver } from './resolvers/report.resolver.js';
import { TrainingLiveResolver } from './resolvers/live.resolver.js';
import { RiskShareLiveResolver } from './resolvers/risk-share-live.resolver.js';
import { RiskSharePositionResolver, RiskShareSettlementResolver } from './resolvers/risk-share.resolver.js';
import { CourseEditionResolver, visibleEdition } from './resolvers/course-edition.resolver.js';
import { EditionAdminResolver } from './resolvers/edition-admin.resolver.js';
import { BeneficiaryEnrolmentsResolver, EnrolmentResolver } from './resolvers/enrolment.resolver.js';

/** A training body sees only itself through references; staff and others (names of course providers) all. */
function resolveTrainingBody(ref: { id: string }, ctx: SubgraphContext) {
  if (ctx.caller.role === 'ANONYMOUS') return null;
  if (ctx.caller.role === 'TRAINING_BODY' && ctx.caller.trainingBodyId !== ref.id) return null;
  return loadById(ctx, TrainingBody, ref.id);
}

/** The training subgraph: training bodies, course editions, enrolments, attendance, KPIs, risk sharing; it hosts the
 * history import of ENTI, EDIZIONI and ISCRIZIONI (issue 27). */
export const trainingSubgraph: SubgraphDefinition = withHistoryImport(
  {
    name: 'training',
    entities: [
      TrainingBody,
      CourseEdition,
      Enrolment,
      CourseSession,
      Attendance,
      AttendanceUpload,
      HiringCommitment,
      RiskShareAgreement,
      RiskShareSettlement,
      RiskShareAgreementChange,
      RiskShareSettlementRevision,
      PlacementFact,
    ],
    migrations,
    resolvers: [
      TrainingReportResolver,
      CourseEditionResolver,
      EditionAdminResolver,
      EnrolmentResolver,
      AttendanceResolver,
      BeneficiaryEnrolmentsResolver,
      personalDataResolver('training', BeneficiaryRef, trainingPersonalData),
      TrainingLiveResolver,
      RiskShareLiveResolver,
      RiskShareSettlementResolver,
      RiskSharePositionResolver,
    ],
    orphanedTypes: [BeneficiaryRef, CompanyRef, VacancyRef, Enrolment, TrainingBody],
    referenceResolvers: {
      TrainingBody: { __resolveReference: resolveTrainingBody },
      // Same visibility as courseEdition(id): a training body never reads another body's edition.
      CourseEdition: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => visibleEdition(ctx, ref.id) },
      Beneficiary: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
    consumers: trainingConsumers,
    jobs: trainingJobs,
    seedDemo: seedTrainingDemo,
  },
  trainingHistoryImport,
);
