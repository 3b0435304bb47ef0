import type { PortalDefinition } from '@ixl/portal-client';
import { CourseEditionsPage } from './features/course-editions/course-editions-page.js';
import { TRAINING_MESSAGES } from './messages.js';

/** Training bodies: their course editions (attendance, outcomes and KPIs come with the training API). */
export const trainingPortal: PortalDefinition = {
  path: 'ente',
  titleKey: 'portal.title',
  roles: ['TRAINING_BODY'],
  messages: TRAINING_MESSAGES,
  demoEmail: 'ente@demo.ixl',
  routes: [{ path: '/', navLabel: 'nav.home', render: () => <CourseEditionsPage /> }],
};
