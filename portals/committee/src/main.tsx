import { mountPortal } from '@ixl/portal-client';
import { committeePortal } from './portal.js';

mountPortal(committeePortal);
