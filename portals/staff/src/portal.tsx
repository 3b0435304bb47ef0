import type { PortalDefinition } from '@ixl/portal-client';
import { BeneficiaryListPage } from './features/beneficiaries/beneficiary-list-page.js';
import { StaffHomePage } from './features/home/staff-home-page.js';
import { WorkQueuesPage } from './features/queues/work-queues-page.js';
import { BeneficiaryRecordPage } from './features/beneficiaries/beneficiary-record-page.js';
import { AssessmentPage } from './features/assessment/assessment-page.js';
import { MailPage } from './features/mail/mail-page.js';
import { STAFF_MESSAGES } from './messages.js';
import { PlacementListPage } from './features/placements/placement-list-page.js';
import { VacancyListPage } from './features/vacancies/vacancy-list-page.js';
import { VacancyPage } from './features/vacancies/vacancy-page.js';
import { MonitoringPage } from './features/monitoring/monitoring-page.js';
import { CommitteesPage } from './features/committees/committees-page.js';
import { CourseEditionPage } from './features/courses/course-edition-page.js';
import { CourseListPage } from './features/courses/course-list-page.js';
import { FinancePage } from './features/finance/finance-page.js';
import { LoanPage } from './features/finance/loan-page.js';
import { ApprovalsPage } from './features/approvals/approvals-page.js';
import { ProjectsPage } from './features/projects/projects-page.js';
import { AuditLogPage } from './features/audit/audit-log-page.js';
import { JobsPage } from './features/jobs/jobs-page.js';
import { StatusPage } from './features/status/status-page.js';
import { VocabularyPage } from './features/vocabulary/vocabulary-page.js';
import { ImportsPage } from './features/imports/imports-page.js';
import { InviteUserPage } from './features/users/invite-user-page.js';

/** Operators (STAFF and ADMIN): everything, screen by screen, with live updates to come. */
export const staffPortal: PortalDefinition = {
  path: 'staff',
  titleKey: 'portal.title',
  roles: ['STAFF', 'ADMIN'],
  messages: STAFF_MESSAGES,
  demoEmail: 'staff@demo.ixl',
  routes: [
    { path: '/', navLabel: 'nav.home', render: () => <StaffHomePage /> },
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
