/** Per-key debouncing of document work (diagnostics after typing). */
type Pending = { kind: 'timeout'; handle: NodeJS.Timeout } | { kind: 'immediate'; handle: NodeJS.Immediate };

/** setImmediate in Node; a zero timeout where there is none (the browser build, in a web worker). */
const soon: (run: () => void) => Pending =
  typeof setImmediate === 'function' ? (run) => ({ kind: 'immediate', handle: setImmediate(run) }) : (run) => ({ kind: 'timeout', handle: setTimeout(run, 0) });

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
    this.pending.set(key, delay <= 0 ? soon(fire) : { kind: 'timeout', handle: setTimeout(fire, delay) });
  }

  cancel(key: string): void {
    const pending = this.pending.get(key);
    if (!pending) return;
    if (pending.kind === 'immediate') clearImmediate(pending.handle);
    else clearTimeout(pending.handle);
    this.pending.delete(key);
  }
}
