import { describe, expect, it } from 'vitest';
import { createSessionStore, type Session } from './session.js';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const NOW = Date.parse('2026-05-01T10:00:00Z');
const session = (expiresAt = '2026-05-01T11:00:00Z'): Session => ({
  token: 't1',
  expiresAt,
  user: { id: 'u1', email: 'a@b.it', role: 'STAFF', displayName: 'Anna' },
});

describe('session store (memory + sessionStorage)', () => {
  it('keeps the session in memory and in sessionStorage under the portal key, and restores it', () => {
    const storage = memoryStorage();
    const store = createSessionStore('staff', storage, () => NOW);
    expect(store.get()).toBeNull();
    store.set(session());
    expect(store.get()?.token).toBe('t1');
    expect([...storage.data.keys()]).toEqual(['ixl.session.staff']);
    expect(createSessionStore('staff', storage, () => NOW).get()?.user.displayName).toBe('Anna');
    expect(createSessionStore('beneficiario', storage, () => NOW).get()).toBeNull();
  });

  it('tells listeners and forgets everything on sign-out', () => {
    const storage = memoryStorage();
    const store = createSessionStore('staff', storage, () => NOW);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set(session());
    store.clear();
    expect(calls).toBe(2);
    expect(storage.data.size).toBe(0);
    expect(store.lastLogoutReason()).toBeNull();
    unsubscribe();
    store.set(session());
    expect(calls).toBe(2);
  });

  it('drops an expired session, on restore and while running, and says why', () => {
    const storage = memoryStorage();
    let now = NOW;
    const store = createSessionStore('staff', storage, () => now);
    store.set(session('2026-05-01T10:30:00Z'));
    now = Date.parse('2026-05-01T10:31:00Z');
    expect(store.get()).toBeNull();
    expect(store.lastLogoutReason()).toBe('expired');
    expect(storage.data.size).toBe(0);
    storage.setItem('ixl.session.staff', JSON.stringify(session('2026-05-01T09:00:00Z')));
    expect(createSessionStore('staff', storage, () => now).get()).toBeNull();
  });

  it('keeps a session whose access token expired while it has a refresh token (renewed by the refresher)', () => {
    const storage = memoryStorage();
    let now = NOW;
    const store = createSessionStore('staff', storage, () => now);
    store.set({ ...session('2026-05-01T10:15:00Z'), refreshToken: 'r1' });
    now = Date.parse('2026-05-01T12:00:00Z');
    expect(store.get()?.refreshToken).toBe('r1');
    expect(store.lastLogoutReason()).toBeNull();
    expect(createSessionStore('staff', storage, () => now).get()?.token).toBe('t1');
  });

  it('ignores garbage in storage and works without storage', () => {
    const storage = memoryStorage();
    storage.setItem('ixl.session.staff', '{not json');
    expect(createSessionStore('staff', storage, () => NOW).get()).toBeNull();
    const memoryOnly = createSessionStore('staff', null, () => NOW);
    memoryOnly.set(session());
    expect(memoryOnly.get()?.token).toBe('t1');
  });

  it('records an expiry reported by the API', () => {
    const store = createSessionStore('staff', memoryStorage(), () => NOW);
    store.set(session());
    store.clear('expired');
    expect(store.get()).toBeNull();
    expect(store.lastLogoutReason()).toBe('expired');
  });
});
