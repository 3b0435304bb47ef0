import { lazyPage, type PortalDefinition } from '@ixl/portal-client';
import { STAFF_FIRST_MESSAGES } from './first-messages.js';
import { withPageTexts } from './page-texts.js';

// Each page is its own chunk, loaded when first shown (charts and CSV parsing only with the pages that use them), with
// the pages' texts (page-texts.ts: one chunk, loaded with the first of them; the home's are in the first JS).
const BeneficiaryListPage = lazyPage(
  withPageTexts(() => import('./features/beneficiaries/beneficiary-list-page.js')),
  (m) => m.BeneficiaryListPage,
);
// The home is the first screen: drawn before Apollo Client has loaded, from the HTML's early query (issue 25).
const StaffHomePage = lazyPage(
  () => import('./features/home/staff-home-page.js'),
  (m) => m.StaffHomePage,
  { firstScreen: true },
);
const WorkQueuesPage = lazyPage(
  withPageTexts(() => import('./features/queues/work-queues-page.js')),
  (m) => m.WorkQueuesPage,
);
const BeneficiaryRecordPage = lazyPage(
  withPageTexts(() => import('./features/beneficiaries/beneficiary-record-page.js')),
  (m) => m.BeneficiaryRecordPage,
);
const AssessmentPage = lazyPage(
  withPageTexts(() => import('./features/assessment/assessment-page.js')),
  (m) => m.AssessmentPage,
);
const MailPage = lazyPage(
  withPageTexts(() => import('./features/mail/mail-page.js')),
  (m) => m.MailPage,
);
const PlacementListPage = lazyPage(
  withPageTexts(() => import('./features/placements/placement-list-page.js')),
  (m) => m.PlacementListPage,
);
const VacancyListPage = lazyPage(
  withPageTexts(() => import('./features/vacancies/vacancy-list-page.js')),
  (m) => m.VacancyListPage,
);
const VacancyPage = lazyPage(
  withPageTexts(() => import('./features/vacancies/vacancy-page.js')),
  (m) => m.VacancyPage,
);
const MonitoringPage = lazyPage(
  withPageTexts(() => import('./features/monitoring/monitoring-page.js')),
  (m) => m.MonitoringPage,
);
const CommitteesPage = lazyPage(
  withPageTexts(() => import('./features/committees/committees-page.js')),
  (m) => m.CommitteesPage,
);
const CourseEditionPage = lazyPage(
  withPageTexts(() => import('./features/courses/course-edition-page.js')),
  (m) => m.CourseEditionPage,
);
const CourseListPage = lazyPage(
  withPageTexts(() => import('./features/courses/course-list-page.js')),
  (m) => m.CourseListPage,
);
const FinancePage = lazyPage(
  withPageTexts(() => import('./features/finance/finance-page.js')),
  (m) => m.FinancePage,
);
const LoanPage = lazyPage(
  withPageTexts(() => import('./features/finance/loan-page.js')),
  (m) => m.LoanPage,
);
const ApprovalsPage = lazyPage(
  withPageTexts(() => import('./features/approvals/approvals-page.js')),
  (m) => m.ApprovalsPage,
);
const ProjectsPage = lazyPage(
  withPageTexts(() => import('./features/projects/projects-page.js')),
  (m) => m.ProjectsPage,
);
const AuditLogPage = lazyPage(
  withPageTexts(() => import('./features/audit/audit-log-page.js')),
  (m) => m.AuditLogPage,
);
const JobsPage = lazyPage(
  withPageTexts(() => import('./features/jobs/jobs-page.js')),
  (m) => m.JobsPage,
);
const StatusPage = lazyPage(
  withPageTexts(() => import('./features/status/status-page.js')),
  (m) => m.StatusPage,
);
const VocabularyPage = lazyPage(
  withPageTexts(() => import('./features/vocabulary/vocabulary-page.js')),
  (m) => m.VocabularyPage,
);
const ImportsPage = lazyPage(
  withPageTexts(() => import('./features/imports/imports-page.js')),
  (m) => m.ImportsPage,
);
const InviteUserPage = lazyPage(
  withPageTexts(() => import('./features/users/invite-user-page.js')),
  (m) => m.InviteUserPage,
);

/** Operators (STAFF and ADMIN): everything, screen by screen, with live updates to come. */
export const staffPortal: PortalDefinition = {
  path: 'staff',
  titleKey: 'portal.title',
  roles: ['STAFF', 'ADMIN'],
  messages: STAFF_FIRST_MESSAGES,
  demoEmail: 'staff@demo.ixl',
  routes: [
    { path: '/', navLabel: 'nav.home', firstScreen: true, render: () => <StaffHomePage /> },
    { path: '/beneficiari', navLabel: 'nav.beneficiaries', render: () => <BeneficiaryListPage /> },
    { path: '/code', navLabel: 'queues.nav', render: () => <WorkQueuesPage /> },
    { path: '/beneficiari/scheda', render: () => <BeneficiaryRecordPage /> },
    { path: '/beneficiari/valutazione', render: () => <AssessmentPage /> },
    { path: '/posta', navLabel: 'mail.nav', render: () => <MailPage /> },
    { path: '/fabbisogni', navLabel: 'vacancies.nav', render: () => <VacancyListPage /> },
    { path: '/fabbisogni/abbinamento', render: () => <VacancyPage /> },
    { path: '/inserimenti', navLabel: 'placements.nav', render: () => <PlacementListPage /> },
    { path: '/corsi', navLabel: 'courses.nav', render: () => <CourseListPage /> },
    { path: '/corsi/edizione', render: () => <CourseEditionPage /> },
    { path: '/progetti', navLabel: 'projects.nav', render: () => <ProjectsPage /> },
    { path: '/comitati', navLabel: 'committees.nav', render: () => <CommitteesPage /> },
    { path: '/finanza', navLabel: 'finance.nav', render: () => <FinancePage /> },
    { path: '/finanza/prestito', render: () => <LoanPage /> },
    { path: '/approvazioni', navLabel: 'approvals.nav', render: () => <ApprovalsPage /> },
    { path: '/monitoraggio', navLabel: 'monitoring.nav', render: () => <MonitoringPage /> },
    { path: '/vocabolario', navLabel: 'vocabulary.nav', render: () => <VocabularyPage /> },
    { path: '/registro-accessi', navLabel: 'audit.nav', navRoles: ['ADMIN'], render: () => <AuditLogPage /> },
    { path: '/lavori', navLabel: 'jobs.nav', navRoles: ['ADMIN'], render: () => <JobsPage /> },
    { path: '/stato', navLabel: 'status.nav', navRoles: ['ADMIN'], render: () => <StatusPage /> },
    { path: '/importazioni', navLabel: 'imports.nav', navRoles: ['ADMIN'], render: () => <ImportsPage /> },
    { path: '/utenti', navLabel: 'invite.nav', navRoles: ['ADMIN'], render: () => <InviteUserPage /> },
  ],
};
