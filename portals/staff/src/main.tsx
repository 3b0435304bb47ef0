import { mountPortal } from '@ixl/portal-client';
import { staffPortal } from './portal.js';

mountPortal(staffPortal);
