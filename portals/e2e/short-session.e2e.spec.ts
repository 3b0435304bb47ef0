import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { hasBrowser, liveSubscribed, openE2E, type E2E } from './browser.js';
import { signInWithWrongThenRightPassword } from './journeys.js';

type Stored = { token: string; refreshToken?: string; expiresAt: string };
/** The access token lives in the page's memory: the latest one the gateway's session endpoint gave it. */
let latest: Stored | null = null;
const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { iat: number; exp: number; sid?: string };

describe.skipIf(!hasBrowser())('a portal session with short access tokens, in the browser', () => {
  let e2e: E2E;
  beforeAll(async () => {
    // Access tokens of one minute (IXL_ACCESS_TOKEN_TTL_SECONDS=60) for this file's stack: the portal must
    // renew them by itself, over HTTP and on the live connection.
    e2e = await openE2E({ config: { people: { accessTokenTtlSeconds: 60 } } });
  });
  afterAll(async () => e2e?.close());

  // The token from the session endpoint's answers; the refresh token is the HttpOnly cookie's value.
  const stored = async (): Promise<Stored | null> => {
    const cookie = (await e2e.context.cookies()).find((c) => c.name === 'ixl_session')?.value;
    return latest ? { ...latest, ...(cookie ? { refreshToken: cookie } : {}) } : null;
  };

  it('stays signed in past the first token: renewed before expiry, the live feed reconnected with the new token', async () => {
    const { page } = e2e;
    page.on('response', (response) => {
      if (!response.url().includes('/auth/session/staff') || response.status() !== 200) return;
      void response.json().then((body: Stored) => (latest = body));
    });
    await signInWithWrongThenRightPassword(e2e, 'staff', 'staff@demo.ixl');
    await expect.poll(async () => (await stored())?.refreshToken).toBeTruthy();
    const first = await stored();
    expect(first?.refreshToken).toBeTruthy();
    const firstClaims = claims(first?.token ?? '');
    expect(firstClaims.exp - firstClaims.iat).toBe(60);
    expect(firstClaims.sid).toBeTruthy();
    const feed = page.getByRole('region', { name: 'In tempo reale' });
    await expect.poll(() => feed.getByRole('status').textContent()).toBe('Aggiornamenti in tempo reale attivi.');

    // Renewed at half its life (30 s), same session, new refresh token.
    await expect.poll(async () => (await stored())?.token, { timeout: 45_000 }).not.toBe(first?.token);
    const renewed = await stored();
    expect(renewed?.refreshToken).not.toBe(first?.refreshToken);
    expect(claims(renewed?.token ?? '').sid).toBe(firstClaims.sid);

    // Past the first token's expiry: still signed in, and the live feed (new socket, new token) still works.
    await expect.poll(() => Date.now() / 1000 > firstClaims.exp + 2, { timeout: 45_000 }).toBe(true);
    await expect.poll(() => feed.getByRole('status').textContent()).toBe('Aggiornamenti in tempo reale attivi.');
    await liveSubscribed(e2e, 'VacancyPosted'); // on the new socket
    const token = await e2e.stack.login('staff@demo.ixl', 'demo-password');
    const companies = await e2e.stack.graphql<{ companies: { id: string; name: string }[] }>('{ companies { id name } }', { token });
    const company = companies.data?.companies.find((c) => c.name.startsWith('Rekeep'));
    const posted = await e2e.stack.graphql('mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }', {
      token,
      variables: {
        i: {
          companyId: company?.id,
          title: 'Addetto mensa',
          municipalityCode: '037006',
          openings: 2,
          requiredSkills: ['cucina'],
          contractType: 'TEMPO_DETERMINATO',
          hoursPerWeek: 20,
          status: 'OPEN',
        },
      },
    });
    expect(posted.errors).toBeUndefined();
    await expect
      .poll(() => feed.locator('li').allTextContents())
      .toContainEqual(expect.stringContaining('Nuovo fabbisogno: Addetto mensa'));

    // Queries over HTTP still answer (the page did not fall back to the sign-in form).
    await page.getByRole('navigation').getByRole('link', { name: 'Beneficiari' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Beneficiari');
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(20);
    expect(await page.getByRole('button', { name: 'Esci' }).count()).toBe(1);
    expect(e2e.problems).toEqual([]);
  }, 150_000);
});
