import { describe, expect, it } from 'vitest';
import { chromiumAvailability } from './chromium.js';

describe('Chromium for browser tests', () => {
  const missing = () => false;
  it('runs when the executable exists (CHROMIUM_PATH or /usr/bin/chromium)', () => {
    expect(chromiumAvailability({}, (p) => p === '/usr/bin/chromium')).toEqual({ run: true });
    expect(chromiumAvailability({ CHROMIUM_PATH: '/opt/c' }, (p) => p === '/opt/c')).toEqual({ run: true });
  });

  it('fails in CI when it is missing, never skips', () => {
    expect(chromiumAvailability({ CI: 'true' }, missing)).toEqual({
      run: false,
      fail: true,
      message: expect.stringMatching(/must run in CI/),
    });
    expect(chromiumAvailability({ CI: '1', CHROMIUM_PATH: '/x' }, missing)).toMatchObject({
      run: false,
      fail: true,
      message: expect.stringContaining('/x'),
    });
  });

  it('skips with a clear message on a developer machine without it', () => {
    const result = chromiumAvailability({}, missing);
    expect(result).toMatchObject({ run: false, fail: false });
    expect(result.run === false && result.message).toMatch(/apt-get install -y chromium/);
  });
});
