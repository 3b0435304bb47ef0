import { mountPortal } from '@ixl/portal-client';
import { trainingPortal } from './portal.js';

mountPortal(trainingPortal);
