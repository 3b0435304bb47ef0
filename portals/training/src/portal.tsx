import { lazyPage, type PortalDefinition } from '@ixl/portal-client';
import { TRAINING_MESSAGES } from './messages.js';

// Each page is its own chunk, loaded when first shown (charts and CSV parsing only with the pages that use them).
const CourseEditionsPage = lazyPage(
  () => import('./features/course-editions/course-editions-page.js'),
  (m) => m.CourseEditionsPage,
);
const EditionPage = lazyPage(
  () => import('./features/edition/edition-page.js'),
  (m) => m.EditionPage,
);

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
