// The home's cards that ask their own queries: loaded with Apollo Client, after the first screen (my-path-page.tsx).
export { MyJobInterviews } from '../offers/my-job-interviews.js';
export { MyOffers } from '../offers/my-offers.js';
export { MyEnrolments } from '../courses/my-enrolments.js';
