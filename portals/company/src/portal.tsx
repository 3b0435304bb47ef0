import type { PortalDefinition } from '@ixl/portal-client';
import { CandidatesPage } from './features/candidates/candidates-page.js';
import { PlacementsPage } from './features/placements/placements-page.js';
import { CompanyHomePage } from './features/vacancies/company-home-page.js';
import { VacancyEditPage, VacancyNewPage } from './features/vacancies/vacancy-form-page.js';
import { COMPANY_MESSAGES } from './messages.js';

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
