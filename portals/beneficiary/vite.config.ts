import { portalConfig } from '../vite.base.js';
import { BeneficiaryMyPathDocument } from './src/gql/graphql.js';

// The main page (route /) is preloaded by the HTML, alongside the entry, and its query is sent by the HTML as soon as
// the session is renewed.
export default portalConfig(import.meta.dirname, 'beneficiario', {
  mainPage: 'src/features/path/my-path-page.tsx',
  mainQuery: BeneficiaryMyPathDocument,
});
