import { mountPortal } from '@ixl/portal-client';
import { companyPortal } from './portal.js';

mountPortal(companyPortal);
