import type { PortalDefinition } from '@ixl/portal-client';
import { BeneficiaryListPage } from './features/beneficiaries/beneficiary-list-page.js';
import { StaffHomePage } from './features/home/staff-home-page.js';
import { STAFF_MESSAGES } from './messages.js';

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
  ],
};
