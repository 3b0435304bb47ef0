import type { BrowserContext, Page, Request } from 'playwright-core';
import { DEMO_PASSWORD } from '@ixl/demo-data';
import type { E2E } from '../../e2e/browser.js';
import { emailField, passwordField, signInButton } from '../../e2e/journeys.js';

/** What the beneficiary home and its first-screen tests share (early-query and first-screen e2e specs). */

/** The home's main query: the one the HTML's early script sends. */
export const MAIN_QUERY = 'BeneficiaryMyPath';

/** The GraphQL requests `page` sends, by operation name, in the order sent. */
export function recordOperations(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (req: Request) => {
    if (!req.url().endsWith('/graphql') || req.method() !== 'POST') return;
    try {
      sent.push((JSON.parse(req.postData() ?? '{}') as { operationName?: string }).operationName ?? '(anonymous)');
    } catch {
      sent.push('(unreadable)');
    }
  });
  return sent;
}

/** Signs the browser context in as the demo beneficiary (the session cookie), unless it is already. */
export async function signInOnce(context: BrowserContext, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/beneficiario/`);
  const signedIn = page.getByRole('button', { name: 'Esci' });
  await Promise.race([signedIn.waitFor(), signInButton(page).waitFor()]);
  if (!(await signedIn.isVisible())) {
    await emailField(page).fill('beneficiario@demo.ixl');
    await passwordField(page).fill(DEMO_PASSWORD);
    await signInButton(page).click();
    await signedIn.waitFor({ timeout: 60_000 });
  }
  await page.close();
}

/** The demo beneficiary's first name, as the home greets them ("Ciao <name>"), read through the API. */
export async function demoFirstName(e2e: E2E): Promise<string> {
  const token = await e2e.stack.login('beneficiario@demo.ixl', DEMO_PASSWORD);
  const me = await e2e.stack.graphql<{ me: { beneficiaryId: string } }>('{ me { beneficiaryId } }', { token });
  const r = await e2e.stack.graphql<{ beneficiary: { firstName: string } }>('query($id: ID!) { beneficiary(id: $id) { firstName } }', {
    token,
    variables: { id: me.data?.me.beneficiaryId },
  });
  if (!r.data?.beneficiary) throw new Error(`demo beneficiary not readable: ${JSON.stringify(r.errors)}`);
  return r.data.beneficiary.firstName;
}
