import { KeySetError, publicKeySet, signingKeySet } from '@ixl/auth';
import { isIP } from 'node:net';

/** Environment variables as Node gives them (or as a test writes them). */
export type Env = Readonly<Record<string, string | undefined>>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** How one variable's text becomes a typed value, and what is allowed (shown in errors and in the README). */
export interface Kind<T> {
  /** What is allowed, as the README's Operations table writes it. */
  allowed: string;
  /** Never print the value (secrets; URLs that may carry a password). */
  sensitive?: boolean;
  /** Values it refuses, one per way of being wrong (the configuration tests try each). */
  invalidSamples: string[];
  parse(text: string): Parsed<T>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

/** A whole number in [min, max] (no units, exponents, signs or decimals: `15m`, `1e3`, `900.5` are refused). */
export function wholeNumber(min: number, max: number, note = ''): Kind<number> {
  return {
    allowed: `${min}–${max}${note}`,
    invalidSamples: ['abc', '15m', '1.5', '1e3', String(min - 1), String(max + 1)],
    parse(text) {
      if (!/^-?\d+$/.test(text)) return no('is not a whole number');
      const n = Number(text);
      return n < min || n > max ? no(`is out of range`) : ok(n);
    },
  };
}

export const port = (allowAny: boolean): Kind<number> => wholeNumber(allowAny ? 0 : 1, 65535, allowAny ? ' (0: any free port)' : '');

const TRUE = ['true', 'on', '1'];
const FALSE = ['false', 'off', '0'];
export const boolean: Kind<boolean> = {
  allowed: '`on`/`off` (or `true`/`false`, `1`/`0`)',
  invalidSamples: ['maybe', 'yes', '2'],
  parse(text) {
    const t = text.toLowerCase();
    if (TRUE.includes(t)) return ok(true);
    if (FALSE.includes(t)) return ok(false);
    return no('is not a boolean');
  },
};

export function oneOf<T extends string>(values: readonly T[]): Kind<T> {
  return {
    allowed: values.map((v) => `\`${v}\``).join(', '),
    invalidSamples: ['unknown', `${values[0] ?? ''}x`],
    parse: (text) => ((values as readonly string[]).includes(text) ? ok(text as T) : no('is not one of the allowed values')),
  };
}

/** Text matching `pattern` (`allowed` says what that is in words). */
export function oneOfPattern(pattern: RegExp, allowed: string): Kind<string> {
  return {
    allowed,
    invalidSamples: ['Has Spaces', '-leading'],
    parse: (text) => (pattern.test(text) ? ok(text) : no('is not allowed')),
  };
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
export const host: Kind<string> = {
  allowed: 'an IP address or host name',
  invalidSamples: ['local host', 'http://example.org', '-bad-.example'],
  parse: (text) => (isIP(text) || HOST_NAME.test(text) ? ok(text) : no('is not an IP address or host name')),
};

export function url(schemes: readonly string[]): Kind<string> {
  return {
    allowed: `a ${schemes.map((s) => `\`${s}://\``).join(' or ')} URL`,
    sensitive: true,
    invalidSamples: ['not a url', 'ftp://example.org/x', `${schemes[0] ?? 'http'}://`],
    parse(text) {
      let parsed: URL;
      try {
        parsed = new URL(text);
      } catch {
        return no('is not a URL');
      }
      if (!schemes.includes(parsed.protocol.replace(/:$/, ''))) return no(`has the scheme ${parsed.protocol}//`);
      if (!parsed.hostname) return no('names no host');
      return ok(text);
    },
  };
}

export function secret(minLength: number): Kind<string> {
  return {
    allowed: `at least ${minLength} characters`,
    sensitive: true,
    invalidSamples: ['too-short', 'x'.repeat(minLength - 1)],
    parse: (text) => (text.length < minLength ? no(`is too short (${text.length} characters)`) : ok(text)),
  };
}

/**
 * A JSON Web Key Set of access-token keys (Ed25519/EdDSA or P-256/ES256, each with a `kid`): `signing` is the
 * issuer's (its first key private: it signs), `public` a verifier's (public keys only: a private member is refused).
 */
export function jwkSet(which: 'signing' | 'public'): Kind<string> {
  return {
    allowed:
      which === 'signing'
        ? 'a JSON Web Key Set (`{"keys":[…]}`) of Ed25519 or P-256 keys with a `kid`, the first one private (it signs)'
        : 'a JSON Web Key Set (`{"keys":[…]}`) of Ed25519 or P-256 public keys with a `kid`',
    sensitive: which === 'signing',
    invalidSamples: ['not-json', '{"keys":[]}', '{"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"a"}]}'],
    parse(text) {
      try {
        if (which === 'signing') signingKeySet(text);
        else publicKeySet(text);
        return ok(text);
      } catch (err) {
        return no(err instanceof KeySetError ? err.message : 'is not a valid key set');
      }
    },
  };
}

export const origins: Kind<string[]> = {
  allowed: 'comma-separated origins, e.g. `https://portal.example.org`',
  invalidSamples: ['portal.example.org', 'https://portal.example.org/', 'https://a.example.org,ftp://b.example.org'],
  parse(text) {
    const list = text
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    for (const origin of list) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin)
        return no(`lists "${origin}", which is not an origin (scheme://host[:port], no path)`);
    }
    return ok(list);
  },
};

export const folder: Kind<string> = {
  allowed: 'a folder (relative to the current folder)',
  invalidSamples: [],
  parse: (text) => ok(text),
};
