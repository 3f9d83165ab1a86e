/** Per-key debouncing of document work (diagnostics after typing). */
export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(public delay: number) {}

  schedule(key: string, run: () => void, delay = this.delay): void {
    this.cancel(key);
    if (delay <= 0) {
      // Still asynchronous, so that a burst of changes handled in one tick lints once.
      this.timers.set(key, setImmediate(() => { this.timers.delete(key); run(); }) as unknown as NodeJS.Timeout);
      return;
    }
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); run(); }, delay));
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer === undefined) return;
    clearTimeout(timer);
    clearImmediate(timer as unknown as NodeJS.Immediate);
    this.timers.delete(key);
  }
}
