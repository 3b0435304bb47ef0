import { InterviewDueAlert } from './entities/interview-due-alert.entity.js';
import { MailSender, smtpTransport } from '@ixl/mail';
import { MailResolver } from './resolvers/mail.resolver.js';
import { PeopleReportResolver } from './resolvers/report.resolver.js';
import { FuoriProtocolloSurveyResolver } from './resolvers/fp-survey.resolver.js';
import { FuoriProtocolloSurvey } from './entities/fp-survey.entity.js';
import { IntakeQueueResolver, InterviewSlaDaysLeftResolver } from './resolvers/intake-queue.resolver.js';
import { withHistoryImport } from '@ixl/subgraph-kit';
import {
  Assessment,
  AssessmentInstrument,
  AuditEntry,
  Beneficiary,
  BeneficiaryDocument,
  ContactAttempt,
  Interview,
  ReceivedPlacement,
  ServiceRecord,
  StatusChange,
  ProfileChange,
  UserAccount,
} from './entities/index.js';
import { migrations } from './migrations/index.js';
import { peopleConsumers } from './events/index.js';
import { peopleJobs } from './jobs/index.js';
import { AuditEntryFieldsResolver, PeoplePersonalDataResolver, PrivacyResolver } from './resolvers/privacy.resolver.js';
import { ConsentRecord } from './entities/consent-record.entity.js';
import { RefreshToken } from './entities/refresh-token.entity.js';
import { seedPeopleDemo } from './demo/seed.js';
import { BeneficiaryResolver, resolveBeneficiaryReference } from './resolvers/beneficiary.resolver.js';
import { BeneficiaryFieldsResolver, DocumentFieldsResolver, InterviewFieldsResolver } from './resolvers/beneficiary-fields.resolver.js';
import { IdentityResolver } from './resolvers/identity.resolver.js';
import { AccountResolver, resolveUserReference } from './resolvers/account.resolver.js';
import { RegistrationResolver } from './resolvers/registration.resolver.js';
import { MyPathResolver } from './resolvers/my-path.resolver.js';
import { LifecycleResolver } from './resolvers/lifecycle.resolver.js';
import { AssessmentFieldsResolver, AssessmentInstrumentResolver } from './resolvers/assessment.resolver.js';
import { AuditResolver } from './resolvers/audit.resolver.js';
import { AuditEntryResolver } from './resolvers/audit-entry.resolver.js';
import { InterviewBeneficiaryResolver, PeopleLiveResolver } from './resolvers/live.resolver.js';
import { peopleFileRoutes } from './resolvers/http/document.routes.js';
import { peopleHistoryImport } from './services/history-import.service.js';

/**
 * The people subgraph: beneficiaries and, as identity provider, every user account; it hosts the history
 * import of people (issue 27).
 */
export const peopleSubgraph = withHistoryImport(
  {
    name: 'people',
    entities: [
      UserAccount,
      Beneficiary,
      StatusChange,
      ProfileChange,
      Interview,
      ContactAttempt,
      AssessmentInstrument,
      Assessment,
      ServiceRecord,
      BeneficiaryDocument,
      AuditEntry,
      ReceivedPlacement,
      InterviewDueAlert,
      ConsentRecord,
      RefreshToken,
      FuoriProtocolloSurvey,
    ],
    migrations,
    resolvers: [
      PeopleReportResolver,
      FuoriProtocolloSurveyResolver,
      MailResolver,
      IntakeQueueResolver,
      InterviewSlaDaysLeftResolver,
      IdentityResolver,
      AccountResolver,
      RegistrationResolver,
      MyPathResolver,
      BeneficiaryResolver,
      BeneficiaryFieldsResolver,
      DocumentFieldsResolver,
      InterviewFieldsResolver,
      LifecycleResolver,
      AssessmentInstrumentResolver,
      AssessmentFieldsResolver,
      AuditResolver,
      AuditEntryResolver,
      PrivacyResolver,
      AuditEntryFieldsResolver,
      PeoplePersonalDataResolver,
      PeopleLiveResolver,
      InterviewBeneficiaryResolver,
    ],
    referenceResolvers: {
      Beneficiary: { __resolveReference: resolveBeneficiaryReference },
      User: { __resolveReference: resolveUserReference },
    },
    consumers: peopleConsumers,
    // Delivers the mail outbox: to SMTP_URL when set, else to the capture inbox staff read in their portal.
    workers: async ({ config, log }) => {
      const sender = new MailSender({
        url: config.databaseUrl,
        schema: 'people',
        transport: config.smtpUrl ? smtpTransport(config.smtpUrl, config.smtpTimeouts) : undefined,
        // A claimed message is retried by another sender only after the longest one send can take.
        leaseMs: 2 * (config.smtpTimeouts.connectionMs + config.smtpTimeouts.greetingMs + config.smtpTimeouts.socketMs * 4),
        log: (message, data) => log('warn', message, data),
      });
      await sender.start();
      return { stop: () => sender.close() };
    },
    fileRoutes: peopleFileRoutes,
    jobs: (config) => peopleJobs(config),
    seedDemo: seedPeopleDemo,
  },
  peopleHistoryImport,
);
