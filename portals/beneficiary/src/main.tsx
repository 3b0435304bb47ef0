import { startInSlices } from '@ixl/portal-client/start';
import '@ixl/ui/theme.css';
import './beneficiary.css';

// React DOM, Apollo Client and GraphQL evaluated one per task before the portal itself (issue 25: no long task).
await startInSlices([() => import('react-dom/client'), () => import('@apollo/client'), () => import('graphql')]);
const [{ mountPortal }, { beneficiaryPortal }] = await Promise.all([import('@ixl/portal-client'), import('./portal.js')]);
mountPortal(beneficiaryPortal);
