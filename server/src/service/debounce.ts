/** Per-key debouncing of document work (diagnostics after typing). */
type Pending = { kind: 'timeout'; handle: NodeJS.Timeout } | { kind: 'immediate'; handle: NodeJS.Immediate };

export class Debouncer {
  private readonly pending = new Map<string, Pending>();

  constructor(public delay: number) {}

  /** Runs `run` once `delay` ms have passed without another schedule for `key`. */
  schedule(key: string, run: () => void, delay = this.delay): void {
    this.cancel(key);
    const fire = () => {
      this.pending.delete(key);
      run();
    };
    // A zero delay is still asynchronous, so that a burst of changes handled in one tick runs once.
    this.pending.set(key, delay <= 0 ? { kind: 'immediate', handle: setImmediate(fire) } : { kind: 'timeout', handle: setTimeout(fire, delay) });
  }

  cancel(key: string): void {
    const pending = this.pending.get(key);
    if (!pending) return;
    if (pending.kind === 'immediate') clearImmediate(pending.handle);
    else clearTimeout(pending.handle);
    this.pending.delete(key);
  }
}
