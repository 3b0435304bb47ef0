import { portalConfig } from '../vite.base.js';

// The main page (route /) is preloaded by the HTML, alongside the entry.
export default portalConfig(import.meta.dirname, 'staff', { mainPage: 'src/features/home/staff-home-page.tsx' });
