import { startInSlices } from '@ixl/portal-client/start';
import '@ixl/ui/theme.css';
// React DOM, then Apollo Client (as the portal client uses it), each in its own task before the portal itself
// (issue 25: no long task). Modules, not whole libraries: `import('graphql')` would keep every export of graphql.
await startInSlices([() => import('react-dom/client'), () => import('@ixl/portal-client/client')]);
const [{ mountPortal }, { staffPortal }] = await Promise.all([import('@ixl/portal-client'), import('./portal.js')]);
mountPortal(staffPortal);
