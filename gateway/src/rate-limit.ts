import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type ArgumentNode } from 'graphql';
import type { GatewayContext } from './context.js';
import { apiError } from './errors.js';

/** Sliding-window counter per key (in memory: per gateway replica). */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.limit) {
      this.hits.set(key, list);
      return Math.ceil(((list[0] ?? now) + this.windowMs - now) / 1000);
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 100_000) this.prune(since);
    return 0;
  }

  private prune(since: number): void {
    for (const [k, list] of this.hits) if (!list.some((t) => t > since)) this.hits.delete(k);
  }
}

function argumentValue(arg: ArgumentNode | undefined, variables: Record<string, unknown>): string | undefined {
  if (!arg) return undefined;
  if (arg.value.kind === Kind.STRING) return arg.value.value;
  if (arg.value.kind === Kind.VARIABLE) {
    const v = variables[arg.value.name.value];
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

/**
 * Brute-force protection for `login`: at most `perIp` attempts per client address and `perAccount`
 * per email in the window; over it the call is refused with RATE_LIMITED (HTTP 429) before any
 * subgraph is called.
 */
export function loginRateLimitPlugin(options: { perIp: number; perAccount: number; windowMs: number }): ApolloServerPlugin<GatewayContext> {
  const byIp = new SlidingWindowLimiter(options.perIp, options.windowMs);
  const byAccount = new SlidingWindowLimiter(options.perAccount, options.windowMs);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          for (const sel of operation.selectionSet.selections) {
            if (sel.kind !== Kind.FIELD || sel.name.value !== 'login') continue;
            const email = argumentValue(
              sel.arguments?.find((a) => a.name.value === 'email'),
              request.variables ?? {},
            );
            const wait = Math.max(
              byIp.hit(`ip:${contextValue.clientIp}`),
              email ? byAccount.hit(`email:${email.trim().toLowerCase()}`) : 0,
            );
            if (wait > 0) {
              throw apiError(
                'LOGIN_RATE_LIMITED',
                { retryAfterSeconds: wait },
                { retryAfterSeconds: wait, http: { status: 429, headers: new Map([['retry-after', String(wait)]]) } },
              );
            }
          }
        },
      };
    },
  };
}
