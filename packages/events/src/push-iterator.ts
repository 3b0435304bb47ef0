/**
 * A push-to-pull async iterator: producers `push` values in, a GraphQL server pulls them out. It buffers
 * at most `maxBuffer` values for a slow consumer (then drops the oldest); `end` finishes the stream once
 * what was pushed has been read; `return`/`throw` (the client went away) call `onReturn` once.
 * Used by the gateway's subscriptions and by `tailIterator` (the subgraphs' live events).
 */
export interface PushIterator<T> {
  push: (value: T) => void;
  end: () => void;
  iterator: AsyncIterableIterator<T>;
}

export function pushIterator<T>(onReturn: () => void, options: { maxBuffer?: number; onYield?: () => void } = {}): PushIterator<T> {
  const maxBuffer = options.maxBuffer ?? 1_000;
  const queue: T[] = [];
  let waiting: ((r: IteratorResult<T>) => void) | undefined;
  let done = false;
  let ending = false;
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      onReturn();
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    end() {
      ending = true;
      if (!queue.length && waiting) void finish();
    },
    push(value) {
      if (done) return;
      if (waiting) {
        const w = waiting;
        waiting = undefined;
        options.onYield?.();
        w({ value, done: false });
      } else {
        queue.push(value);
        if (queue.length > maxBuffer) queue.shift();
      }
    },
    iterator: {
      next: () => {
        if (queue.length) {
          options.onYield?.();
          return Promise.resolve({ value: queue.shift() as T, done: false });
        }
        if (ending) return finish();
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: (err) => {
        void finish();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    },
  };
}
