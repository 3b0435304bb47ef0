import type { PortalDefinition } from '@ixl/portal-client';
import { SessionPage } from './features/session/session-page.js';
import { MySessionsPage } from './features/sessions/my-sessions-page.js';
import { COMMITTEE_MESSAGES } from './messages.js';

/** Committee members: their sessions, the dossiers, votes with the conflict-of-interest declaration, decisions and minutes. */
export const committeePortal: PortalDefinition = {
  path: 'comitato',
  titleKey: 'portal.title',
  roles: ['COMMITTEE_MEMBER'],
  messages: COMMITTEE_MESSAGES,
  demoEmail: 'comitato@demo.ixl',
  routes: [
    { path: '/', navLabel: 'nav.sessions', render: () => <MySessionsPage /> },
    { path: '/seduta', render: () => <SessionPage /> },
  ],
};
