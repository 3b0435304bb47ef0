import type { PortalDefinition } from '@ixl/portal-client';
import { Link, PageTitle, useI18n } from '@ixl/ui';
import { lazyPage } from '@ixl/portal-client';
import { BENEFICIARY_MESSAGES } from './messages.js';

// Each page is its own chunk, loaded when first shown: a phone downloads only the shell and the page it opens.
// The home is the first screen: drawn before Apollo Client has loaded (portal-client lazyPage, firstScreen).
const MyPathPage = lazyPage(
  () => import('./features/path/my-path-page.js'),
  (m) => m.MyPathPage,
  { firstScreen: true },
);
const CoursesPage = lazyPage(
  () => import('./features/courses/courses-page.js'),
  (m) => m.CoursesPage,
);
const DocumentsPage = lazyPage(
  () => import('./features/documents/documents-page.js'),
  (m) => m.DocumentsPage,
);
const MyProfilePage = lazyPage(
  () => import('./features/profile/my-profile-page.js'),
  (m) => m.MyProfilePage,
);
const MyRecordPage = lazyPage(
  () => import('./features/my-record/my-record-page.js'),
  (m) => m.MyRecordPage,
);
const ConsentPage = lazyPage(
  () => import('./features/consent/consent-page.js'),
  (m) => m.ConsentPage,
);
const VerifyEmailPage = lazyPage(
  () => import('./features/account/verify-email-page.js'),
  (m) => m.VerifyEmailPage,
);
const RegistrationPage = lazyPage(
  () => import('./features/registration/registration-page.js'),
  (m) => m.RegistrationPage,
);
const SurveyPage = lazyPage(
  () => import('./features/survey/survey-page.js'),
  (m) => m.SurveyPage,
);

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
    { path: '/', navLabel: 'nav.home', firstScreen: true, render: () => <MyPathPage /> },
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
