// The web build: the browser bundle of the language server (server/out/browser-server.js) in a web
// worker of headless chromium, spoken to in LSP from a test page served on 127.0.0.1. It must give
// the same answers as the Node server (settings only: no .cablelintrc.json lookup in a browser) and
// link each diagnostic to the rule page next to the bundle. Needs only chromium, not code-server.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { Diagnostic, DocumentSymbol, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient } from '../protocol/lsp-client';
import { pageHtml, type PageLsp } from './web-page';

const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = process.env.CABLE_CHROMIUM || '/usr/bin/chromium';
const BUNDLE = path.join(ROOT, 'server/out/browser-server.js');
const CABLE = readFileSync(path.join(ROOT, 'tests/fixtures/web/09TASHKENT1503.cable'), 'utf8');
/** A virtual-workspace URI, as VS Code for the Web gives (and no .cablelintrc.json for the Node server either). */
const URI = 'memfs:/drafts/09TASHKENT1503.cable';
const TODAY = '2009-09-25';
/** Settings that differ from the defaults, to see them reach the worker: tags raised to error. */
const SETTINGS = { rules: { tags: 'error' }, run: 'onType' };
const CAPABILITIES = {
  workspace: { configuration: true, workspaceFolders: true, applyEdit: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    synchronization: { didSave: true },
  },
};

const onCI = Boolean(process.env.CI) && process.env.CI !== 'false';
const skip = !existsSync(CHROMIUM) && !onCI ? `${CHROMIUM} is missing (as root: apt-get install chromium)` : false;
if (skip) console.log(`# web-worker tests SKIPPED: ${skip}`);

/** Serves the test page, the server bundle and the rule pages; nothing else. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const rulePage = /^\/docs\/rules\/([a-z][a-z0-9-]*)\.md$/.exec(url.pathname);
    const file = url.pathname === '/server/out/browser-server.js' ? BUNDLE : rulePage ? path.join(ROOT, 'docs/rules', `${rulePage[1]}.md`) : null;
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml());
    } else if (file && existsSync(file)) {
      response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/markdown' }).end(readFileSync(file));
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs `body(lsp, arg)` in the page. */
function inPage<A, R>(page: Page, body: (lsp: PageLsp, arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return page.evaluate(
    ({ source, arg }) => (0, eval)(`(${source})`)((globalThis as unknown as { lsp: PageLsp }).lsp, arg),
    { source: body.toString(), arg },
  );
}

/** A diagnostic without its link (the Node server links to files, the worker to the web). */
const unlinked = ({ codeDescription: _link, ...rest }: Diagnostic) => rest;

describe('the language server in a web worker (chromium)', { skip }, () => {
  let http: Server;
  let origin: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let initialized: InitializeResult;
  let node: LspClient;

  before(async () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is built (npm run build)`);
    http = await serve();
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    profile = mkdtempSync(path.join(tmpdir(), 'cable-web-chromium-'));
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    const started = Date.now();
    await page.goto(origin + '/');
    initialized = await inPage(page, async (lsp, { capabilities, today, settings }) => {
      lsp.settings = settings;
      const result = await lsp.request('initialize', {
        processId: null,
        rootUri: null,
        workspaceFolders: [{ uri: 'memfs:/drafts', name: 'drafts' }],
        initializationOptions: { diagnosticsDelay: 0, today },
        capabilities,
      });
      lsp.notify('initialized', {});
      return result as InitializeResult;
    }, { capabilities: CAPABILITIES, today: TODAY, settings: SETTINGS });
    console.log(`[timing] web worker: page load to initialize result ${Date.now() - started} ms`);
    // The Node server, for the same answers.
    node = await LspClient.start({ initializationOptions: { today: TODAY }, settings: SETTINGS });
  });

  after(async () => {
    await node?.stop();
    await context?.close();
    http?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('initializes with the capabilities of the Node server', () => {
    assert.equal(initialized.serverInfo?.name, 'cable-language-server');
    assert.deepEqual(initialized.capabilities, node.initializeResult.capabilities);
  });

  it('publishes the findings of 09TASHKENT1503 through the worker, with the settings applied', async () => {
    const opened = Date.now();
    const published = await inPage(page, (lsp, { uri, text }) => {
      const diagnostics = lsp.notification('textDocument/publishDiagnostics', uri);
      lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
      return diagnostics as Promise<PublishDiagnosticsParams>;
    }, { uri: URI, text: CABLE });
    console.log(`[timing] web worker: didOpen to diagnostics ${Date.now() - opened} ms (through page.evaluate)`);
    const { diagnostics } = published;
    const summary = diagnostics.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`).join('\n');
    assert.equal(published.version, 1);
    // TAGS: [PREL](#) [UNGA](#) [XG](#) (line 18): WikiLeaks link markup, an error through the settings.
    const tags = diagnostics.find((d) => d.code === 'tags' && d.range.start.line === 17);
    assert.ok(tags, `a tags diagnostic on line 18:\n${summary}`);
    assert.equal(tags.severity, 1, 'cable.rules { tags: error } reached the worker');
    // The mangled numbering 11. 12. 13. (cable-format.md §11.1).
    const numbering = diagnostics.filter((d) => d.code === 'paragraph-numbering');
    assert.deepEqual(numbering.map((d) => d.range.start.line + 1), [28, 36, 44], summary);
    assert.ok(numbering.every((d) => d.severity === 2));
    // Same findings, ranges, messages and fix data as the Node server.
    const fromNode = node.diagnostics(URI, 1);
    await node.open(URI, CABLE);
    assert.deepEqual(diagnostics.map(unlinked), (await fromNode).diagnostics.map(unlinked));
  });

  it('links each diagnostic to its rule page next to the bundle', async () => {
    const { diagnostics } = (await inPage(page, (lsp, uri) => lsp.notification('textDocument/publishDiagnostics', uri), URI)) as PublishDiagnosticsParams;
    assert.ok(diagnostics.length > 0);
    for (const diagnostic of diagnostics) {
      const href = diagnostic.codeDescription?.href;
      assert.equal(href, `${origin}/docs/rules/${diagnostic.code}.md`);
      const response = await fetch(href);
      assert.equal(response.status, 200, href);
      assert.match(await response.text(), new RegExp(`^# ${diagnostic.code} \\(CBL\\d+\\)`));
    }
  });

  it('answers textDocument/documentSymbol with the paragraphs, as the Node server does', async () => {
    const symbols = (await inPage(page, (lsp, uri) => lsp.request('textDocument/documentSymbol', { textDocument: { uri } }), URI)) as DocumentSymbol[];
    const names = (list: DocumentSymbol[]): string[] => list.flatMap((symbol) => [symbol.name, ...names(symbol.children ?? [])]);
    const all = names(symbols);
    // The cable's paragraphs as the outline names them: 11. 12. 13. ¶4. ... with their first words.
    for (const paragraph of ['11.', '12.', '13.']) {
      assert.ok(all.some((name) => name.startsWith(paragraph)), `a paragraph named ${paragraph}… among ${JSON.stringify(all)}`);
    }
    assert.ok(all.some((name) => /SUBJECT/i.test(name)), JSON.stringify(all));
    const fromNode = await node.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.deepEqual(symbols, fromNode);
  });

  it('lints the open cables for Lint Workspace (no disk to scan in a browser)', async () => {
    const { diagnostics } = (await inPage(page, (lsp, uri) => lsp.notification('textDocument/publishDiagnostics', uri), URI)) as PublishDiagnosticsParams;
    const count = (severity: number) => diagnostics.filter((d) => d.severity === severity).length;
    const result = await inPage(page, (lsp) => lsp.request('workspace/executeCommand', { command: 'cable.server.lintWorkspace', arguments: [] }), null);
    assert.deepEqual(result, { files: 1, errors: count(1), warnings: count(2) });
    assert.ok(count(1) > 0 && count(2) > 0, 'both kinds counted');
  });

  it('had no worker errors and no unexpected requests', async () => {
    assert.deepEqual(await inPage(page, (lsp) => lsp.problems, null), []);
  });
});
