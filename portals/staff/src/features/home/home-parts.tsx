// The home's parts that need Apollo Client, one chunk loaded with it after the first screen (staff-home-page.tsx).
export { AccountCard } from '@ixl/portal-client';
export { LiveFeed } from '../live/live-feed.js';
export { HomeData } from './home-data.js';
