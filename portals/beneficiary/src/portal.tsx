import type { PortalDefinition } from '@ixl/portal-client';
import { MyRecordPage } from './features/my-record/my-record-page.js';
import { BENEFICIARY_MESSAGES } from './messages.js';

/** Beneficiaries (mostly on a phone): their own record, placements and courses. */
export const beneficiaryPortal: PortalDefinition = {
  path: 'beneficiario',
  titleKey: 'portal.title',
  roles: ['BENEFICIARY'],
  messages: BENEFICIARY_MESSAGES,
  demoEmail: 'beneficiario@demo.ixl',
  routes: [{ path: '/', navLabel: 'nav.home', render: () => <MyRecordPage /> }],
};
