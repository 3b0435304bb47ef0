import { portalConfig } from '../vite.base.js';

export default portalConfig(import.meta.dirname, 'staff');
