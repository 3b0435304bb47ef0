import type { PortalDefinition } from '@ixl/portal-client';
import { MySessionsPage } from './features/sessions/my-sessions-page.js';
import { COMMITTEE_MESSAGES } from './messages.js';

/** Committee members: their sessions, dossiers, votes and minutes (as the projects API grows). */
export const committeePortal: PortalDefinition = {
  path: 'comitato',
  titleKey: 'portal.title',
  roles: ['COMMITTEE_MEMBER'],
  messages: COMMITTEE_MESSAGES,
  demoEmail: 'comitato@demo.ixl',
  routes: [{ path: '/', navLabel: 'nav.sessions', render: () => <MySessionsPage /> }],
};
