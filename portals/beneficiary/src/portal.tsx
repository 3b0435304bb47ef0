import type { PortalDefinition } from '@ixl/portal-client';
import { Link, PageTitle, useI18n } from '@ixl/ui';
import { CoursesPage } from './features/courses/courses-page.js';
import { DocumentsPage } from './features/documents/documents-page.js';
import { MyRecordPage } from './features/my-record/my-record-page.js';
import { MyProfilePage } from './features/profile/my-profile-page.js';
import { MyPathPage } from './features/path/my-path-page.js';
import { RegistrationPage } from './features/registration/registration-page.js';
import { BENEFICIARY_MESSAGES } from './messages.js';
import { SurveyPage } from './features/survey/survey-page.js';
import { VerifyEmailPage } from './features/account/verify-email-page.js';
import { ConsentPage } from './features/consent/consent-page.js';

/** A signed-in person opening the registration link: already done. */
function AlreadyRegistered() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('register.title')}</PageTitle>
      <p>{t('register.already')}</p>
      <Link to="/">{t('register.goHome')}</Link>
    </>
  );
}

function RegisterLink() {
  const { t } = useI18n();
  return (
    <p className="ixl-card">
      {t('register.noAccount')} <Link to="/registrati">{t('register.cta')}</Link>
    </p>
  );
}

/** Beneficiaries (mostly on a phone): registration, their path, offers, courses, documents and data. */
export const beneficiaryPortal: PortalDefinition = {
  path: 'beneficiario',
  titleKey: 'portal.title',
  roles: ['BENEFICIARY'],
  messages: BENEFICIARY_MESSAGES,
  demoEmail: 'beneficiario@demo.ixl',
  routes: [
    { path: '/', navLabel: 'nav.home', render: () => <MyPathPage /> },
    { path: '/corsi', navLabel: 'nav.courses', render: () => <CoursesPage /> },
    { path: '/documenti', navLabel: 'nav.documents', render: () => <DocumentsPage /> },
    { path: '/profilo', navLabel: 'nav.profile', render: () => <MyProfilePage /> },
    { path: '/dati', navLabel: 'nav.data', render: () => <MyRecordPage /> },
    { path: '/privacy', navLabel: 'nav.choices', render: () => <ConsentPage /> },
    { path: '/conferma-email', render: () => <VerifyEmailPage /> },
    { path: '/registrati', render: () => <AlreadyRegistered /> },
  ],
  publicRoutes: [
    { path: '/registrati', render: () => <RegistrationPage /> },
    { path: '/questionario', render: () => <SurveyPage /> },
    { path: '/conferma-email', render: () => <VerifyEmailPage /> },
  ],
  signInFooter: () => <RegisterLink />,
};
