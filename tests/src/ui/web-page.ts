// The test page of the web-worker test: it starts the browser build of the language server
// (`server/out/browser-server.js`) in a Worker and exposes `lsp`, a hand-written JSON-RPC client over
// postMessage (the wire format of vscode-languageserver/browser: one message object per post, no
// Content-Length header). The script runs in chromium, not in Node: it is sent as page source.

/** What the page offers, as seen from the test through page.evaluate. */
export interface PageLsp {
  /** The `cable` settings answered to workspace/configuration. */
  settings: Record<string, unknown>;
  request(method: string, params: unknown): Promise<unknown>;
  notify(method: string, params: unknown): void;
  /** The first notification `method` (already received or to come) whose params.uri is `uri`. */
  notification(method: string, uri: string): Promise<unknown>;
  /** Worker errors and server requests the page does not know. */
  problems: string[];
}

function pageScript(): void {
  const worker = new Worker('/server/out/browser-server.js');
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const received: { method: string; params: { uri?: string } }[] = [];
  let waiters: (() => boolean)[] = [];
  let nextId = 0;
  const lsp: PageLsp = {
    settings: {},
    problems: [],
    request(method, params) {
      const id = ++nextId;
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    notify(method, params) {
      worker.postMessage({ jsonrpc: '2.0', method, params });
    },
    notification(method, uri) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${method} for ${uri} within 10 s`)), 10_000);
        const look = (): boolean => {
          const found = received.find((message) => message.method === method && message.params?.uri === uri);
          if (found) {
            clearTimeout(timer);
            resolve(found.params);
          }
          return !!found;
        };
        if (!look()) waiters.push(look);
      });
    },
  };
  worker.onerror = (event: ErrorEvent) => lsp.problems.push(`worker error: ${event.message}`);
  worker.onmessage = ({ data: message }: MessageEvent) => {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: settings, and registrations (accepted).
      let result: unknown = null;
      if (message.method === 'workspace/configuration') result = message.params.items.map(() => lsp.settings);
      else if (message.method !== 'client/registerCapability') lsp.problems.push(`unexpected request ${message.method}`);
      worker.postMessage({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.method !== undefined) {
      // An error the server logs (a handler that threw, an uncaught exception in the worker).
      if (message.method === 'window/logMessage' && message.params.type === 1) lsp.problems.push(message.params.message);
      received.push(message);
      const still = waiters.filter((look) => !look());
      waiters = still;
    } else {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    }
  };
  (globalThis as unknown as { lsp: PageLsp }).lsp = lsp;
}

/** The HTML of the test page. */
export function pageHtml(): string {
  return `<!doctype html><meta charset="utf-8"><title>Cable web worker</title><script>(${pageScript.toString()})();</script>`;
}

/** Declarations the page script needs (the tests' tsconfig has no DOM library). */
declare class Worker {
  constructor(url: string);
  postMessage(message: unknown): void;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
}
interface ErrorEvent {
  message: string;
}
interface MessageEvent {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
}
