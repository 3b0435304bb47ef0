import { mountPortal } from '@ixl/portal-client';
import { beneficiaryPortal } from './portal.js';
import './beneficiary.css';

mountPortal(beneficiaryPortal);
