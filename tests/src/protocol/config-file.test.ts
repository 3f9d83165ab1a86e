// .cablelintrc.json files apply to the cables under them; settings win over them rule by rule; a
// changed file (workspace/didChangeWatchedFiles) re-lints; a broken file is reported, not fatal.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { fixture, LspClient, summary } from './lsp-client';

describe('.cablelintrc.json', () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  const rc = (config: unknown) => writeFileSync(join(dir, '.cablelintrc.json'), typeof config === 'string' ? config : JSON.stringify(config));
  const codes = (diagnostics: { code?: unknown }[]) => new Set(diagnostics.map((d) => String(d.code)));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cable-rc-'));
    rc({ root: true, rules: { tags: 'off' } });
    const file = join(dir, '09TASHKENT1503.cable');
    writeFileSync(file, fixture('09TASHKENT1503.cable'));
    uri = pathToFileURL(file).toString();
    client = await LspClient.start({ initializationOptions: { today: '2009-09-25' } });
  });
  after(async () => {
    if (client) await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns off the rules the file turns off', async () => {
    const published = client.diagnostics(uri, 1);
    await client.open(uri, fixture('09TASHKENT1503.cable'));
    const found = codes((await published).diagnostics);
    assert.ok(!found.has('tags'), [...found].join(' '));
    assert.ok(found.has('paragraph-numbering'), 'other rules still run');
  });

  it('lets settings win over the file, by alias or by id', async () => {
    client.settings = { rules: { CBL012: 'hint' } };
    const relinted = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const tags = (await relinted).diagnostics.filter((d) => d.code === 'tags');
    assert.ok(tags.length > 0 && tags.every((d) => d.severity === 4), tags.map(summary).join('\n'));
    client.settings = {};
  });

  it('re-lints when the file changes, and survives a broken file', async () => {
    rc({ root: true, rules: { 'paragraph-numbering': 'off' } });
    let relinted = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(dir, '.cablelintrc.json')).toString(), type: 2 }],
    });
    let found = codes((await relinted).diagnostics);
    assert.ok(found.has('tags') && !found.has('paragraph-numbering'), [...found].join(' '));

    rc('{ "rules": { "tags": ');
    relinted = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(dir, '.cablelintrc.json')).toString(), type: 2 }],
    });
    found = codes((await relinted).diagnostics);
    assert.ok(found.has('tags') && found.has('paragraph-numbering'), 'a broken file is ignored: every rule runs');
    assert.ok(client.logs.some((log) => log.type === 2 && log.message.includes('.cablelintrc.json')), 'the broken file is reported');
    assert.deepEqual(client.errors(), []);
  });
});
