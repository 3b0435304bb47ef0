/** "Password dimenticata?" and the page of a password link (auth/password-pages.tsx), in every portal. */
export const FORGOT_PASSWORD_PATH = '/password-dimenticata';
export const NEW_PASSWORD_PATH = '/nuova-password';
