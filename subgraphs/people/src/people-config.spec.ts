import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS, loadPeopleConfig } from './people-config.js';

describe('people configuration', () => {
  it('gives access tokens 15 minutes unless IXL_ACCESS_TOKEN_TTL_SECONDS says otherwise', () => {
    expect(DEFAULT_ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(loadPeopleConfig({}).accessTokenTtlSeconds).toBe(900);
    expect(loadPeopleConfig({ IXL_ACCESS_TOKEN_TTL_SECONDS: '' }).accessTokenTtlSeconds).toBe(900);
    expect(loadPeopleConfig({ IXL_ACCESS_TOKEN_TTL_SECONDS: '300' }).accessTokenTtlSeconds).toBe(300);
    expect(loadPeopleConfig({ IXL_ACCESS_TOKEN_TTL_SECONDS: '86400' }).accessTokenTtlSeconds).toBe(86400);
  });

  it.each(['0', '59', '-900', '900.5', '15m', 'abc', '86401', '1e9'])('refuses IXL_ACCESS_TOKEN_TTL_SECONDS=%s', (value) => {
    expect(() => loadPeopleConfig({ IXL_ACCESS_TOKEN_TTL_SECONDS: value })).toThrow(/^Configuration: IXL_ACCESS_TOKEN_TTL_SECONDS must be a whole number of seconds between 60 and 86400$/);
  });

  it('keeps the document size limit', () => {
    expect(loadPeopleConfig({}).maxDocumentBytes).toBe(5 * 1024 * 1024);
    expect(() => loadPeopleConfig({ PEOPLE_MAX_DOCUMENT_BYTES: '100' })).toThrow(/PEOPLE_MAX_DOCUMENT_BYTES/);
  });
});
