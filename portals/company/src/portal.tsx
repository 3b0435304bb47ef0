import type { PortalDefinition } from '@ixl/portal-client';
import { CompanyHomePage } from './features/vacancies/company-home-page.js';
import { COMPANY_MESSAGES } from './messages.js';

/** Board companies: their company and staffing needs (candidates and hires come with matching). */
export const companyPortal: PortalDefinition = {
  path: 'azienda',
  titleKey: 'portal.title',
  roles: ['COMPANY'],
  messages: COMPANY_MESSAGES,
  demoEmail: 'azienda@demo.ixl',
  routes: [{ path: '/', navLabel: 'nav.home', render: () => <CompanyHomePage /> }],
};
