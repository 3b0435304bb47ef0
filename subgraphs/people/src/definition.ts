import { InterviewDueAlert } from './entities/interview-due-alert.entity.js';
import { alertInterviewsDue } from './services/interview-due.service.js';
import { MailSender, smtpTransport } from '@ixl/mail';
import { offerAlertConsumer } from './consumers/offer-alert.consumer.js';
import { convocationConsumer } from './consumers/convocation.consumer.js';
import { MailResolver } from './resolvers/mail.resolver.js';
import type { SubgraphDefinition } from '@ixl/subgraph-kit';
import { Assessment, AssessmentInstrument, AuditEntry, Beneficiary, BeneficiaryDocument, ContactAttempt, Interview, ReceivedPlacement, ServiceRecord, StatusChange, UserAccount } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { seedPeopleDemo } from './demo/seed.js';
import { BeneficiaryResolver, resolveBeneficiaryReference } from './resolvers/beneficiary.resolver.js';
import { BeneficiaryFieldsResolver, DocumentFieldsResolver, InterviewFieldsResolver } from './resolvers/beneficiary-fields.resolver.js';
import { IdentityResolver } from './resolvers/identity.resolver.js';
import { RegistrationResolver } from './resolvers/registration.resolver.js';
import { LifecycleResolver } from './resolvers/lifecycle.resolver.js';
import { AssessmentFieldsResolver, AssessmentInstrumentResolver } from './resolvers/assessment.resolver.js';
import { AuditResolver } from './resolvers/audit.resolver.js';
import { InterviewBeneficiaryResolver, PeopleLiveResolver } from './resolvers/live.resolver.js';
import { peopleFileRoutes } from './files/document-routes.js';
import { placementConsumer } from './consumers/placement.consumer.js';

/** The people subgraph: beneficiaries and, as identity provider, every user account. */
export const peopleSubgraph: SubgraphDefinition = {
  name: 'people',
  entities: [UserAccount, Beneficiary, StatusChange, Interview, ContactAttempt, AssessmentInstrument, Assessment, ServiceRecord, BeneficiaryDocument, AuditEntry, ReceivedPlacement, InterviewDueAlert],
  migrations,
  resolvers: [MailResolver, IdentityResolver, RegistrationResolver, BeneficiaryResolver, BeneficiaryFieldsResolver, DocumentFieldsResolver, InterviewFieldsResolver, LifecycleResolver, AssessmentInstrumentResolver, AssessmentFieldsResolver, AuditResolver, PeopleLiveResolver, InterviewBeneficiaryResolver],
  referenceResolvers: { Beneficiary: { __resolveReference: resolveBeneficiaryReference } },
  consumers: (config) => [placementConsumer, offerAlertConsumer(config.publicUrl), convocationConsumer(config.publicUrl)],
  // Delivers the mail outbox: to SMTP_URL when set, else to the capture inbox staff read in their portal.
  workers: async ({ config, log }) => {
    const sender = new MailSender({ url: config.databaseUrl, schema: 'people', transport: config.smtpUrl ? smtpTransport(config.smtpUrl) : undefined, log: (message, data) => log('warn', message, data) });
    await sender.start();
    return { stop: () => sender.close() };
  },
  fileRoutes: peopleFileRoutes,
  jobs: [
    {
      // Alerts staff (InterviewDue → the `interviewDue` subscription) as the 15-day interview deadline nears.
      name: 'interview-due-alerts',
      everyMs: 15 * 60_000,
      run: async (em, now) => {
        await alertInterviewsDue(em, now);
      },
    },
  ],
  seedDemo: seedPeopleDemo,
};
