import { lazyPage, type PortalDefinition } from '@ixl/portal-client';
import { COMPANY_MESSAGES } from './messages.js';

// Each page is its own chunk, loaded when first shown (charts and CSV parsing only with the pages that use them).
const CandidatesPage = lazyPage(
  () => import('./features/candidates/candidates-page.js'),
  (m) => m.CandidatesPage,
);
const PlacementsPage = lazyPage(
  () => import('./features/placements/placements-page.js'),
  (m) => m.PlacementsPage,
);
const CompanyHomePage = lazyPage(
  () => import('./features/vacancies/company-home-page.js'),
  (m) => m.CompanyHomePage,
);
const VacancyEditPage = lazyPage(
  () => import('./features/vacancies/vacancy-form-page.js'),
  (m) => m.VacancyEditPage,
);
const VacancyNewPage = lazyPage(
  () => import('./features/vacancies/vacancy-form-page.js'),
  (m) => m.VacancyNewPage,
);

/** Board companies: their company, staffing needs, proposed candidates (live) and placements. */
export const companyPortal: PortalDefinition = {
  path: 'azienda',
  titleKey: 'portal.title',
  roles: ['COMPANY'],
  messages: COMPANY_MESSAGES,
  demoEmail: 'azienda@demo.ixl',
  routes: [
    { path: '/', navLabel: 'nav.home', render: () => <CompanyHomePage /> },
    { path: '/fabbisogni/nuovo', navLabel: 'nav.newVacancy', render: () => <VacancyNewPage /> },
    { path: '/fabbisogni/modifica', render: () => <VacancyEditPage /> },
    { path: '/candidati', render: () => <CandidatesPage /> },
    { path: '/inserimenti', navLabel: 'nav.placements', render: () => <PlacementsPage /> },
  ],
};
