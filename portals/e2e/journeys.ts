import { expect } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import { fitsViewport, screenshot, seriousA11yViolations, type E2E } from './browser.js';

/** The text of the error tied to an input by aria-describedby ('' when none). */
export async function fieldError(input: Locator): Promise<string> {
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => input.page().locator(`[id="${id}"].ixl-field__error`).allTextContents()),
  );
  return texts.flat().join(' ').trim();
}

/** True when `input` has the keyboard focus. */
export const isFocused = (input: Locator) => input.evaluate((el) => el === document.activeElement);

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

export const emailField = (page: Page) => page.getByLabel('Email', { exact: true });
export const passwordField = (page: Page) => page.getByLabel('Password', { exact: true });
export const signInButton = (page: Page) => page.getByRole('button', { name: 'Accedi', exact: true });

/**
 * The sign-in part every portal shares: the form is accessible; a wrong password shows its error
 * next to the password field, keeps the typed email and moves the focus there; the right password
 * opens the portal (returned: the page, signed in).
 */
export async function signInWithWrongThenRightPassword(e2e: E2E, portalPath: string, email: string): Promise<void> {
  const { page, origin } = e2e;
  await page.goto(`${origin}/${portalPath}/`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Accedi');
  expect(await page.getAttribute('html', 'lang')).toBe('it');
  await expectNoSeriousA11yViolations(page);

  await emailField(page).fill(email);
  await passwordField(page).fill('not-the-password');
  await signInButton(page).click();
  await expect.poll(() => fieldError(passwordField(page))).toBe('Email o password errata.');
  expect(await passwordField(page).getAttribute('aria-invalid')).toBe('true');
  expect(await emailField(page).inputValue()).toBe(email);
  expect(await isFocused(passwordField(page))).toBe(true);
  await expectNoSeriousA11yViolations(page);

  await passwordField(page).fill(DEMO_PASSWORD);
  await signInButton(page).click();
  await page.getByRole('button', { name: 'Esci' }).waitFor();
  // The new page's heading has the focus (keyboard and screen-reader users start there).
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
}

/** "Who am I": the account card shows what `me` says. */
export async function expectAccountCard(page: Page, email: string, roleLabel: string): Promise<void> {
  const card = page.getByRole('region', { name: 'Il tuo account' });
  await expect.poll(() => card.textContent()).toContain(email);
  expect(await card.textContent()).toContain(roleLabel);
}

/** Accessibility, phone fit and the screenshot of a portal's main page. */
export async function checkMainPage(e2e: E2E, name: string): Promise<void> {
  await expectNoSeriousA11yViolations(e2e.page);
  expect(await fitsViewport(e2e.page)).toBe(true);
  await screenshot(e2e.page, name);
}

/** Signing out returns to the sign-in form and forgets the session (also after a reload). */
export async function signOut(e2e: E2E, portalPath: string): Promise<void> {
  const { page } = e2e;
  await page.getByRole('button', { name: 'Esci' }).click();
  await signInButton(page).waitFor();
  await expect
    .poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`))
    .toBe('H1 Accedi');
  expect(await page.evaluate((key) => sessionStorage.getItem(key), `ixl.session.${portalPath}`)).toBeNull();
  await page.reload();
  await signInButton(page).waitFor();
}

/** Signs in on a new page of `context` (signed in = the session is in its cookie: the page may navigate by address). */
export async function signInPage(context: BrowserContext, url: string, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await emailField(page).fill(email);
  await passwordField(page).fill(password);
  await signInButton(page).click();
  await page.getByRole('button', { name: 'Esci' }).waitFor();
  return page;
}
