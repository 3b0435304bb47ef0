import { describe, expect, it } from 'vitest';
import { ApolloClient, ApolloLink, InMemoryCache, Observable, gql } from '@apollo/client';
import { IDEMPOTENCY_HEADER, idempotencyLink, mutationRetryLink } from './idempotency.js';

const POST = gql`
  mutation PostThing($title: String!) {
    postThing(title: $title) {
      id
    }
  }
`;
const READ = gql`
  query ReadThing {
    thing {
      id
    }
  }
`;

/** A client whose "server" records the key of every request; `failFirst` requests fail as a lost connection. */
function harness(options: { failFirst?: number; now?: () => number } = {}) {
  const keys: (string | undefined)[] = [];
  let failures = options.failFirst ?? 0;
  let n = 0;
  const server = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const headers = (operation.getContext() as { headers?: Record<string, string> }).headers ?? {};
        keys.push(headers[IDEMPOTENCY_HEADER]);
        if (failures > 0) {
          failures--;
          observer.error(new TypeError('Failed to fetch'));
          return;
        }
        const data =
          operation.operationName === 'ReadThing'
            ? { thing: { __typename: 'Thing', id: 'r' } }
            : { postThing: { __typename: 'Thing', id: `t${++n}` } };
        observer.next({ data });
        observer.complete();
      }),
  );
  let seq = 0;
  const client = new ApolloClient({
    link: ApolloLink.from([
      idempotencyLink({ key: () => `k${++seq}`, ...(options.now ? { now: options.now } : {}) }),
      mutationRetryLink({ initialDelayMs: 1 }),
      server,
    ]),
    cache: new InMemoryCache(),
  });
  return { client, keys };
}

describe('Idempotency-Key on mutations', () => {
  it('sends a fresh key per submission, none on queries', async () => {
    let now = 0;
    const { client, keys } = harness({ now: () => now });
    await client.mutate({ mutation: POST, variables: { title: 'a' } });
    await client.mutate({ mutation: POST, variables: { title: 'b' } });
    await client.query({ query: READ });
    now = 60_000; // the same form sent again a minute later is a new submission
    await client.mutate({ mutation: POST, variables: { title: 'a' } });
    expect(keys).toEqual(['k1', 'k2', undefined, 'k3']);
  });

  it('a double click (the same mutation and variables at once) sends one key twice', async () => {
    const { client, keys } = harness();
    await Promise.all([
      client.mutate({ mutation: POST, variables: { title: 'same' } }),
      client.mutate({ mutation: POST, variables: { title: 'same' } }),
    ]);
    expect(keys).toEqual(['k1', 'k1']);
  });

  it('retries a lost answer with the same key', async () => {
    const { client, keys } = harness({ failFirst: 2 });
    const r = await client.mutate({ mutation: POST, variables: { title: 'x' } });
    expect(r.data).toEqual({ postThing: { __typename: 'Thing', id: 't1' } });
    expect(keys).toEqual(['k1', 'k1', 'k1']);
  });

  it('uses the key a caller gives', async () => {
    const { client, keys } = harness();
    await client.mutate({ mutation: POST, variables: { title: 'x' }, context: { idempotencyKey: 'form-42' } });
    expect(keys).toEqual(['form-42']);
  });
});
