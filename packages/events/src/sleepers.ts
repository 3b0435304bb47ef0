/** Waits that end early when their owner closes: `sleep` resolves false at once, or on `wakeAll`, once it is closing. */
export class Sleepers {
  private readonly waiting = new Set<() => void>();

  constructor(private readonly closed: () => boolean) {}

  /** True after `ms`; false (as soon as possible) when the owner is closing. */
  sleep(ms: number): Promise<boolean> {
    if (this.closed()) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve(!this.closed());
      };
      const timer = setTimeout(wake, ms);
      this.waiting.add(wake);
    });
  }

  /** Ends every wait now (call after marking the owner closed). */
  wakeAll(): void {
    for (const wake of [...this.waiting]) wake();
  }
}
