import { loadById, type SubgraphDefinition, type SubgraphContext } from '@ixl/subgraph-kit';
import { BeneficiaryRef } from './entities/beneficiary.ref.js';
import { CourseEdition } from './entities/course-edition.entity.js';
import { Enrolment } from './entities/enrolment.entity.js';
import { TrainingBody } from './entities/training-body.entity.js';
import { migrations } from './migrations/index.js';
import { seedTrainingDemo } from './demo/seed.js';
import { BeneficiaryEnrolmentsResolver, CourseEditionResolver, EnrolmentResolver } from './resolvers/training.resolver.js';

/** The training subgraph: training bodies, course editions, enrolments, attendance, KPIs. */
export const trainingSubgraph: SubgraphDefinition = {
  name: 'training',
  entities: [TrainingBody, CourseEdition, Enrolment],
  migrations,
  resolvers: [CourseEditionResolver, EnrolmentResolver, BeneficiaryEnrolmentsResolver],
  orphanedTypes: [BeneficiaryRef, Enrolment, TrainingBody],
  referenceResolvers: {
    TrainingBody: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => loadById(ctx, TrainingBody, ref.id) },
    CourseEdition: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => loadById(ctx, CourseEdition, ref.id) },
    Beneficiary: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  },
  seedDemo: seedTrainingDemo,
};
