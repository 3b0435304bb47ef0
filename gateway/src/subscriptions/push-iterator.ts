/** A minimal push-to-pull async iterator: `push` values in, a GraphQL server pulls them out. */
export function pushIterator<T>(onReturn: () => void, maxBuffer = 1_000): { push: (value: T) => void; end: () => void; iterator: AsyncIterableIterator<T> } {
  const queue: T[] = [];
  let waiting: ((r: IteratorResult<T>) => void) | undefined;
  let done = false;
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      onReturn();
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  let ending = false;
  return {
    /** Ends the stream once the values already pushed have been read. */
    end() {
      ending = true;
      if (!queue.length && waiting) void finish();
    },
    push(value) {
      if (done) return;
      if (waiting) {
        const w = waiting;
        waiting = undefined;
        w({ value, done: false });
      } else {
        queue.push(value);
        if (queue.length > maxBuffer) queue.shift();
      }
    },
    iterator: {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift() as T, done: false });
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
