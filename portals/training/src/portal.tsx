import type { PortalDefinition } from '@ixl/portal-client';
import { CourseEditionsPage } from './features/course-editions/course-editions-page.js';
import { EditionPage } from './features/edition/edition-page.js';
import { TRAINING_MESSAGES } from './messages.js';

/** Training bodies: their course editions, participants, attendance uploads, outcomes, KPIs and the 30% risk position. */
export const trainingPortal: PortalDefinition = {
  path: 'ente',
  titleKey: 'portal.title',
  roles: ['TRAINING_BODY'],
  messages: TRAINING_MESSAGES,
  demoEmail: 'ente@demo.ixl',
  routes: [
    { path: '/', navLabel: 'nav.home', render: () => <CourseEditionsPage /> },
    { path: '/edizione', render: () => <EditionPage /> },
  ],
};
