import { describe, expect, it, vi } from 'vitest';
import { pushIterator } from './push-iterator.js';

describe('pushIterator', () => {
  it('hands values to a waiting reader, buffers the others in order, and counts each delivery', async () => {
    const onYield = vi.fn();
    const { push, iterator } = pushIterator<number>(() => undefined, { onYield });
    const first = iterator.next();
    push(1);
    push(2);
    push(3);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await iterator.next()).toEqual({ value: 2, done: false });
    expect(await iterator.next()).toEqual({ value: 3, done: false });
    expect(onYield).toHaveBeenCalledTimes(3);
  });

  it('drops the oldest values beyond maxBuffer for a slow reader', async () => {
    const { push, iterator } = pushIterator<number>(() => undefined, { maxBuffer: 2 });
    for (const n of [1, 2, 3, 4]) push(n);
    expect((await iterator.next()).value).toBe(3);
    expect((await iterator.next()).value).toBe(4);
  });

  it('ends after what was pushed is read, and calls onReturn once', async () => {
    const onReturn = vi.fn();
    const { push, end, iterator } = pushIterator<string>(onReturn);
    push('a');
    end();
    expect(await iterator.next()).toEqual({ value: 'a', done: false });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    await iterator.return?.();
    expect(onReturn).toHaveBeenCalledTimes(1);
  });

  it('wakes a waiting reader when the client goes away, and ignores later pushes', async () => {
    const onReturn = vi.fn();
    const { push, iterator } = pushIterator<string>(onReturn);
    const pending = iterator.next();
    await iterator.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    push('late');
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    await expect(iterator.throw?.(new Error('boom'))).rejects.toThrow('boom');
    expect(onReturn).toHaveBeenCalledTimes(1);
  });
});
