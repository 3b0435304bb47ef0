import { describe, expect, it } from 'vitest';
import { connectSources } from './security-headers.js';

describe('CSP connect-src (issue 18, finding 7)', () => {
  it('allows the own origin and the WebSockets of the own host only', () => {
    expect(connectSources('lavoro.comune.bologna.it')).toBe("'self' ws://lavoro.comune.bologna.it wss://lavoro.comune.bologna.it");
    expect(connectSources('127.0.0.1:4000')).toBe("'self' ws://127.0.0.1:4000 wss://127.0.0.1:4000");
    expect(connectSources('[::1]:4000')).toBe("'self' ws://[::1]:4000 wss://[::1]:4000");
  });

  it('never echoes a Host header that is not a plain host (no policy injection), nor allows a bare scheme', () => {
    for (const host of ["evil.example; script-src 'unsafe-inline'", 'a b', 'evil.example/x', '', undefined, '*', 'ws:'])
      expect(connectSources(host)).toBe("'self'");
  });
});
