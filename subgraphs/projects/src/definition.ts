import { withHistoryImport } from '@ixl/subgraph-kit';
import { projectsHistoryImport } from './services/history-import.service.js';
import { projectsFileRoutes } from './resolvers/http/minutes.routes.js';
import { ProjectsLiveResolver } from './resolvers/live.resolver.js';
import type { SubgraphDefinition } from '@ixl/subgraph-kit';
import { PROJECTS_ENTITIES } from './entities/index.js';
import { PlacementEntityRef } from './entities/placement-ref.entity.js';
import { projectsConsumers } from './events/index.js';
import { projectsJobs } from './jobs/index.js';
import { BeneficiaryRef } from './entities/beneficiary-privacy.ref.js';
import { personalDataResolver } from '@ixl/subgraph-kit';
import { migrations } from './migrations/index.js';
import { seedProjectsDemo } from './demo/seed.js';
import { CallResolver } from './resolvers/call.resolver.js';
import {
  AgendaItemResolver,
  CommitteeMemberResolver,
  CommitteeResolver,
  CommitteeSessionResolver,
} from './resolvers/committee.resolver.js';
import { FunnelResolver } from './resolvers/funnel.resolver.js';
import { GovernanceResolver } from './resolvers/governance.resolver.js';
import { ProjectResultsResolver } from './resolvers/project-results.resolver.js';
import { MinutesTemplateResolver } from './resolvers/minutes-template.resolver.js';
import { ProjectOutcomeResolver, ProjectPathResolver } from './resolvers/project-path.resolver.js';
import { ProjectResolver, resolveProjectReference } from './resolvers/project.resolver.js';
import { AgendaDossierResolver, SelfEmploymentResolver, resolveSelfEmploymentReference } from './resolvers/self-employment.resolver.js';

/** The projects subgraph: calls, social-innovation and self-employment paths, committees; it hosts the history
 * import of PROGETTI (issue 27). */
export const projectsSubgraph: SubgraphDefinition = withHistoryImport(
  {
    name: 'projects',
    entities: PROJECTS_ENTITIES,
    migrations,
    resolvers: [
      ProjectResolver,
      CallResolver,
      ProjectPathResolver,
      ProjectOutcomeResolver,
      CommitteeResolver,
      CommitteeMemberResolver,
      CommitteeSessionResolver,
      AgendaItemResolver,
      MinutesTemplateResolver,
      AgendaDossierResolver,
      SelfEmploymentResolver,
      FunnelResolver,
      ProjectResultsResolver,
      GovernanceResolver,
      ProjectsLiveResolver,
      personalDataResolver('projects', BeneficiaryRef),
    ],
    orphanedTypes: [PlacementEntityRef, BeneficiaryRef],
    consumers: projectsConsumers,
    fileRoutes: projectsFileRoutes,
    jobs: projectsJobs,
    referenceResolvers: {
      Project: { __resolveReference: resolveProjectReference },
      SelfEmploymentPath: { __resolveReference: resolveSelfEmploymentReference },
      Beneficiary: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
    seedDemo: seedProjectsDemo,
    // Natural duplicates the database refuses (CONFLICT with existingId): issue 28.
    duplicates: {
      agenda_item_session_id_subject_id_unique: { message: 'This dossier is already on the agenda', field: 'subjectId' },
      vote_agenda_item_id_member_id_unique: { message: 'Your vote on this dossier is already recorded', field: 'agendaItemId' },
      decision_agenda_item_id_unique: { message: 'The decision on this dossier is already recorded', field: 'agendaItemId' },
      governance_meeting_table_held_on_unique: { message: 'This meeting of the table is already recorded', field: 'heldOn' },
      minutes_template_scope_version_unique: { message: 'Another version of this template was saved at the same time', field: 'body' },
    },
  },
  projectsHistoryImport,
);
