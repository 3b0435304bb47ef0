import { lazyPage, type PortalDefinition } from '@ixl/portal-client';
import { COMMITTEE_MESSAGES } from './messages.js';

// Each page is its own chunk, loaded when first shown (charts and CSV parsing only with the pages that use them).
const SessionPage = lazyPage(
  () => import('./features/session/session-page.js'),
  (m) => m.SessionPage,
);
const MySessionsPage = lazyPage(
  () => import('./features/sessions/my-sessions-page.js'),
  (m) => m.MySessionsPage,
);

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
