import { mountPortal } from '@ixl/portal-client';
import { beneficiaryPortal } from './portal.js';

mountPortal(beneficiaryPortal);
