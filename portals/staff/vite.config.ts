import { portalConfig } from '../vite.base.js';
import { StaffHomeDocument } from './src/gql/graphql.js';

// The main page (route /) is preloaded by the HTML, alongside the entry, and its query is sent by the HTML as soon as
// the session is renewed. It is a first screen: drawn from that answer before Apollo Client has loaded (issue 25).
export default portalConfig(import.meta.dirname, 'staff', {
  mainPage: 'src/features/home/staff-home-page.tsx',
  mainQuery: StaffHomeDocument,
  firstScreen: true,
});
