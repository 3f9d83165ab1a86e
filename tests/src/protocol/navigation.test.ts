// Navigation between cables over the protocol, on a workspace of real cables that cite each other
// (tests/fixtures/navigation, copied to a temporary folder so files can change): definition,
// document links, hover, Find All References, workspace symbols, the index kept current by
// workspace/didChangeWatchedFiles and open documents, and the reference-target diagnostics.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { DocumentLink, Hover, Location, MarkupContent, Position, SymbolInformation } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, ROOT } from './lsp-client';

const SOURCE = path.join(ROOT, 'tests/fixtures/navigation');

interface IndexInfo {
  ready: boolean;
  cables: number;
  withId: number;
  buildMs: number | null;
  memory: { rss: number; heapUsed: number } | null;
}

describe('cross-cable navigation', () => {
  let client: LspClient;
  let dir: string;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  /** The position of the `nth` occurrence of `needle` in a workspace file (plus `shift` characters). */
  const at = (name: string, needle: string, shift = 0, nth = 0): Position => {
    const text = read(name);
    let offset = -1;
    for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${needle} in ${name}`);
    return TextDocument.create('file:///x', 'cable', 0, text).positionAt(offset + shift);
  };
  /** The text a location covers in its file. */
  const textOf = (location: { uri: string; range: Location['range'] }) => {
    const file = decodeURIComponent(new URL(location.uri).pathname);
    const document = TextDocument.create(location.uri, 'cable', 0, readFileSync(file, 'utf8'));
    return document.getText(location.range);
  };
  const fileOf = (target: string) => path.relative(dir, decodeURIComponent(new URL(target).pathname)).split(path.sep).join('/');
  const openFile = (name: string) => client.open(uri(name), read(name));
  const definition = (name: string, position: Position) =>
    client.request<Location[]>('textDocument/definition', { textDocument: { uri: uri(name) }, position });
  const hoverText = async (name: string, position: Position) => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri(name) }, position });
    return hover ? (hover.contents as MarkupContent).value : '';
  };
  const referencesOf = (name: string, position: Position, includeDeclaration = false) =>
    client.request<Location[]>('textDocument/references', { textDocument: { uri: uri(name) }, position, context: { includeDeclaration } });
  const symbols = (query: string) => client.request<SymbolInformation[]>('workspace/symbol', { query });
  const watched = (changes: { name: string; type: 1 | 2 | 3 }[]) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uri(c.name), type: c.type })) });

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cable-nav-'));
    cpSync(SOURCE, dir, { recursive: true });
    client = await LspClient.start({ workspaceFolders: [dir], initializationOptions: { today: '2010-01-15' } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('advertises the navigation providers and indexes the workspace folder', async () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.definitionProvider && caps.referencesProvider && caps.workspaceSymbolProvider && caps.documentLinkProvider);
    const info = await client.request<IndexInfo>('cable/indexInfo', { wait: true });
    assert.equal(info.ready, true);
    assert.equal(info.cables, 11, '8 real cables + 3 drafts');
    assert.equal(info.withId, 9, 'the two drafts without DTG have no id');
    assert.ok(info.memory && info.memory.rss > 0);
  });

  it('goes to the cited cable from REF items in every written form', async () => {
    const draft = 'drafts/madrid-followup.cable';
    await openFile(draft);
    const cases: [string, string][] = [
      ['2006 MADRID 02657', '06MADRID2657.cable'],
      ['SECSTATE 127892 (09)', '09STATE127892.cable'],
      ['07MADRID173', '07MADRID173.cable'],
      ['09 TALLINN 373', '09TALLINN373.cable'],
    ];
    for (const [written, file] of cases) {
      const locations = await definition(draft, at(draft, written, 3));
      assert.deepEqual(locations.map((l) => fileOf(l.uri)), [file], written);
      // The target is the cited cable's classification line.
      assert.match(textOf(locations[0]), /^C O N F I D E N T I A L|^UNCLAS|^S E C R E T/, written);
    }
    assert.deepEqual(await definition(draft, at(draft, '09 LONDON 999', 3)), [], 'a cable outside the workspace');
  });

  it('goes to the cited cable from REFTEL and REF A in the body', async () => {
    const draft = 'drafts/madrid-followup.cable';
    assert.deepEqual((await definition(draft, at(draft, 'REFTEL A', 1))).map((l) => fileOf(l.uri)), ['06MADRID2657.cable']);
    assert.deepEqual((await definition(draft, at(draft, '(REF B)', 5))).map((l) => fileOf(l.uri)), ['09STATE127892.cable']);
    assert.deepEqual((await definition(draft, at(draft, 'ref c', 4))).map((l) => fileOf(l.uri)), ['07MADRID173.cable']);
    // Real cables: a bare `reftel` means the single REF; `Reftel A` the lettered one.
    await openFile('09TALLINN373.cable');
    assert.deepEqual((await definition('09TALLINN373.cable', at('09TALLINN373.cable', 'reftel points', 2))).map((l) => fileOf(l.uri)), [
      '09STATE127892.cable',
    ]);
    await openFile('06MADRID2657.cable');
    assert.deepEqual((await definition('06MADRID2657.cable', at('06MADRID2657.cable', 'Reftel A', 7))).map((l) => fileOf(l.uri)), [
      '06MADRID1914.cable',
    ]);
    assert.deepEqual(await definition(draft, at(draft, 'National Court')), [], 'plain text is not a reference');
  });

  it('links every reference whose cable is in the workspace', async () => {
    const draft = 'drafts/madrid-followup.cable';
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: uri(draft) } });
    const document = TextDocument.create(uri(draft), 'cable', 0, read(draft));
    const seen = links.map((link) => `${document.getText(link.range)} -> ${fileOf(link.target!)}`);
    assert.deepEqual(seen, [
      '2006 MADRID 02657 -> 06MADRID2657.cable',
      'SECSTATE 127892 (09) -> 09STATE127892.cable',
      '07MADRID173 -> 07MADRID173.cable',
      '09 TALLINN 373 -> 09TALLINN373.cable',
      'REFTEL A -> 06MADRID2657.cable',
      'REF B -> 09STATE127892.cable',
      'ref c -> 07MADRID173.cable',
    ]);
  });

  it('hovers a reference with the cited cable subject, date and classification', async () => {
    const draft = 'drafts/madrid-followup.cable';
    const text = await hoverText(draft, at(draft, '2006 MADRID 02657', 2));
    assert.match(text, /06MADRID2657/);
    assert.match(text, /SPAIN: UPDATE ON KEY TERRORISM-RELATED CASES/);
    assert.match(text, /CONFIDENTIAL/);
    assert.match(text, /2006-10-20/);
    assert.match(await hoverText(draft, at(draft, 'REF B', 1)), /NATO CONTINGENCY PLANNING FOR OUR BALTIC ALLIES/);
    assert.match(await hoverText(draft, at(draft, '09 LONDON 999', 2)), /09LONDON999.*not in this workspace/);
  });

  it('finds every cable that cites this one, from its classification line', async () => {
    const locations = await referencesOf('06MADRID2657.cable', at('06MADRID2657.cable', 'C O N F I D E N T I A L', 2));
    assert.deepEqual(
      locations.map((l) => `${fileOf(l.uri)}: ${textOf(l)}`),
      ['06MADRID3104.cable: MADRID 02657', '07MADRID173.cable: 2006 MADRID 2657', 'drafts/madrid-followup.cable: 2006 MADRID 02657'],
    );
    const withDeclaration = await referencesOf('06MADRID2657.cable', at('06MADRID2657.cable', 'SUBJECT'), true);
    assert.equal(withDeclaration.length, 4);
    assert.equal(fileOf(withDeclaration[0].uri), '06MADRID2657.cable');
    // From a reference: who else cites the same cable.
    const fromRef = await referencesOf('09TALLINN373.cable', at('09TALLINN373.cable', 'STATE 127892', 1));
    assert.deepEqual(fromRef.map((l) => fileOf(l.uri)), ['09TALLINN373.cable', 'drafts/madrid-followup.cable', 'drafts/single-ref.cable']);
    // The body of a cable is not its header.
    assert.deepEqual(await referencesOf('06MADRID2657.cable', at('06MADRID2657.cable', 'Spanish Taliban')), []);
  });

  it('finds cables by id, post or subject words (all words, any case)', async () => {
    const byId = await symbols('06MADRID2657');
    assert.deepEqual(byId.map((s) => s.name), ['06MADRID2657 SPAIN: UPDATE ON KEY TERRORISM-RELATED CASES']);
    assert.equal(byId[0].kind, 1 /* File */);
    assert.equal(byId[0].containerName, 'CONFIDENTIAL · 2006-10-20');
    assert.equal(fileOf(byId[0].location.uri), '06MADRID2657.cable');
    assert.deepEqual((await symbols('madrid 2657')).map((s) => s.name.split(' ')[0]), ['06MADRID2657']);
    const nato = (await symbols('nato CONTINGENCY')).map((s) => fileOf(s.location.uri)).sort();
    assert.deepEqual(nato, ['09STATE127892.cable', '09TALLINN373.cable', '09USNATO464.cable', 'drafts/single-ref.cable']);
    const draft = (await symbols('follow-up guantanamo'))[0];
    assert.equal(fileOf(draft.location.uri), 'drafts/madrid-followup.cable');
    assert.equal(draft.kind, 2 /* Module: a draft without id */);
    assert.equal(draft.containerName, 'CONFIDENTIAL · no date');
    assert.equal((await symbols('madrid')).length, 7, '5 Madrid cables + 2 Madrid drafts');
    assert.deepEqual(await symbols('madrid nato'), []);
  });

  it('follows files created, changed and deleted on disk (didChangeWatchedFiles)', async () => {
    const citing = () => referencesOf('06MADRID2657.cable', at('06MADRID2657.cable', 'MADRID 002657', 1));
    const before = (await citing()).length;
    writeFileSync(
      path.join(dir, 'new-draft.cable'),
      'UNCLAS MADRID 000900\n\nSUBJECT: SPAIN: ANOTHER LOOK AT THE CASES\n\nREF: 06 MADRID 2657\n\n1. (U) Text.\n',
    );
    await watched([{ name: 'new-draft.cable', type: 1 }]);
    assert.deepEqual((await symbols('another look')).map((s) => fileOf(s.location.uri)), ['new-draft.cable']);
    assert.equal((await citing()).length, before + 1);

    writeFileSync(path.join(dir, 'new-draft.cable'), 'UNCLAS MADRID 000900\n\nSUBJECT: SPAIN: A DIFFERENT SUBJECT\n\nREF: 06 MADRID 1914\n');
    await watched([{ name: 'new-draft.cable', type: 2 }]);
    assert.deepEqual(await symbols('another look'), []);
    assert.equal((await citing()).length, before);

    unlinkSync(path.join(dir, 'new-draft.cable'));
    await watched([{ name: 'new-draft.cable', type: 3 }]);
    assert.deepEqual(await symbols('different subject'), []);
  });

  it('indexes a folder created in one go, and forgets a folder deleted, from the folder event alone', async () => {
    mkdirSync(path.join(dir, 'batch/inner'), { recursive: true });
    writeFileSync(path.join(dir, 'batch/inner/a.cable'), 'UNCLAS BERLIN 000001\n\nSUBJECT: GERMANY: A BATCH OF CABLES\n\nREF: 09 STATE 127892\n');
    writeFileSync(path.join(dir, 'batch/notes.txt'), 'not a cable');
    await watched([{ name: 'batch', type: 1 }]);
    assert.deepEqual((await symbols('batch germany')).map((s) => fileOf(s.location.uri)), ['batch/inner/a.cable']);
    rmSync(path.join(dir, 'batch'), { recursive: true });
    await watched([{ name: 'batch', type: 3 }]);
    assert.deepEqual(await symbols('batch germany'), []);
  });

  it('uses the open document over the disk, and the disk again once it is closed', async () => {
    const name = 'drafts/single-ref.cable';
    await openFile(name);
    const stateCiters = async () => (await referencesOf('09TALLINN373.cable', at('09TALLINN373.cable', 'STATE 127892', 1))).map((l) => fileOf(l.uri));
    assert.ok((await stateCiters()).includes(name));
    const from = at(name, '09 STATE 127892');
    await client.change(uri(name), [{ range: { start: from, end: { line: from.line, character: from.character + 15 } }, text: '06 MADRID 1914' }]);
    assert.ok(!(await stateCiters()).includes(name), 'the edited REF no longer cites 09STATE127892');
    assert.deepEqual((await definition(name, { line: from.line, character: from.character + 3 })).map((l) => fileOf(l.uri)), ['06MADRID1914.cable']);
    await client.close(uri(name));
    assert.ok((await stateCiters()).includes(name), 'closed: the disk version counts again');
  });

  it('reports a REF to a later workspace cable and a REF to the cable itself (reference-target)', async () => {
    const name = 'drafts/wrong-year.cable';
    await openFile(name);
    let diagnostics = (await client.diagnostics(uri(name), 1)).diagnostics;
    // The first lint may have run before the index was built; the index's completion re-lints.
    for (let i = 0; i < 5 && diagnostics.filter((d) => d.code === 'reference-target').length < 2; i++) {
      diagnostics = (await client.nextDiagnostics(uri(name), 1, 5000)).diagnostics;
    }
    const found = diagnostics.filter((d) => d.code === 'reference-target').map((d) => `${d.severity} ${d.message}`);
    assert.deepEqual(found.sort(), [
      "2 REF B cites this cable itself (06MADRID100)",
      "3 REF A cites 06MADRID3104, dated 2006-12-28: after this cable's date (2006-01-15). Wrong year or serial?",
    ]);
  });
});

describe('cable file watcher registration', () => {
  it('registers **/*.{cable,tel} (and folders) dynamically when the client allows it', async () => {
    const { spawn } = await import('node:child_process');
    const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver/node');
    const child = spawn(process.execPath, [path.join(ROOT, 'server/out/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    type Registrations = { registrations: { method: string; registerOptions?: { watchers?: { globPattern: string; kind?: number }[] } }[] };
    const registered = new Promise<Registrations>((resolve) => {
      // Other registrations (.cablelintrc.json) may come first: wait for the one naming cables.
      connection.onRequest('client/registerCapability', (params: unknown) => {
        if (JSON.stringify(params).includes('cable,tel')) resolve(params as Registrations);
        return null;
      });
    });
    connection.listen();
    try {
      await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: [{ uri: pathToFileURL(SOURCE).toString(), name: 'navigation' }],
        capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      });
      await connection.sendNotification('initialized', {});
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no client/registerCapability within 10 s')), 10_000).unref());
      const { registrations } = await Promise.race([registered, timeout]);
      const watchers = registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').flatMap((r) => r.registerOptions?.watchers ?? []);
      assert.ok(watchers.some((w) => w.globPattern === '**/*.{cable,tel}' && w.kind === undefined), JSON.stringify(watchers));
      assert.ok(watchers.some((w) => w.globPattern === '**/*' && w.kind === 1 + 4), 'folders: created and deleted');
    } finally {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      child.kill();
    }
  });
});
