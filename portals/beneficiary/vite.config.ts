import { portalConfig } from '../vite.base.js';
import { BeneficiaryMyPathDocument } from './src/gql/graphql.js';

// The main page (route /) is preloaded by the HTML, alongside the entry, and its query is sent by the HTML as soon as
// the session is renewed. It is a first screen: drawn from that answer before Apollo Client has loaded.
export default portalConfig(import.meta.dirname, 'beneficiario', {
  mainPage: 'src/features/path/my-path-page.tsx',
  mainQuery: BeneficiaryMyPathDocument,
  firstScreen: true,
});
