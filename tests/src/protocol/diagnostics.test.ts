// Diagnostics over the protocol: real cables in, the contract's diagnostic shape out; settings
// (workspace/configuration per document, didChangeConfiguration), run on save, close and reopen.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { fixture, fixtureUri, LspClient, summary } from './lsp-client';

const TASHKENT = fixtureUri('09TASHKENT1503.cable');
const DRAFT = fixtureUri('draft-missing-reason.cable');

describe('diagnostics', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ initializationOptions: { today: '2009-09-25' } });
  });
  after(async () => {
    if (client) await client.stop();
  });

  it('publishes the findings of 09TASHKENT1503 with code, source, link and data', async () => {
    const published = client.diagnostics(TASHKENT, 1);
    await client.open(TASHKENT, fixture('09TASHKENT1503.cable'));
    const { diagnostics, version } = await published;
    assert.equal(version, 1);
    // TAGS: [PREL](#) [UNGA](#) [XG](#) is line 17 (the file starts with two blank lines); the WikiLeaks markup is a tags finding.
    const tags = diagnostics.find((d) => d.code === 'tags' && d.range.start.line === 17);
    assert.ok(tags, `a tags diagnostic on line 18: ${diagnostics.map(summary).join('\n')}`);
    // The mangled numbering 11. 12. 13. ¶4. (cable-format.md §11.1).
    assert.ok(diagnostics.some((d) => d.code === 'paragraph-numbering'), 'paragraph numbering is reported');
    for (const d of diagnostics) {
      assert.equal(d.source, 'cable');
      assert.match(String(d.code), /^[a-z-]+$/);
      assert.ok(d.codeDescription?.href.endsWith(`/docs/rules/${d.code}.md`), d.codeDescription?.href);
      assert.ok(existsSync(fileURLToPath(d.codeDescription!.href)), `the rule page exists: ${d.codeDescription!.href}`);
      assert.ok([1, 2, 3, 4].includes(d.severity!));
      const data = d.data as { id: string; fixes: unknown[] };
      assert.match(data.id, /^CBL\d{3}$/);
      assert.ok(Array.isArray(data.fixes));
    }
    const tagsData = tags!.data as { fixes: { title: string; safe: boolean; edits: unknown[] }[] };
    assert.ok(tagsData.fixes.some((fix) => fix.safe && fix.edits.length === 6), 'the markup fix removes six pieces of debris');
  });

  it('reports the missing REASON of a draft as an error on its CLASSIFIED BY line', async () => {
    const published = client.diagnostics(DRAFT, 1);
    await client.open(DRAFT, fixture('draft-missing-reason.cable'));
    const { diagnostics } = await published;
    const reason = diagnostics.filter((d) => d.code === 'classification-reason');
    assert.equal(reason.length, 1, diagnostics.map(summary).join('\n'));
    assert.equal(reason[0].severity, 1);
    assert.equal(reason[0].range.start.line, 8);
    assert.match(String(reason[0].message), /REASON/);
  });

  it('clears diagnostics on close and publishes them again on reopen', async () => {
    const before = (await client.diagnostics(DRAFT, 1)).diagnostics.map(summary);
    const cleared = client.nextDiagnostics(DRAFT);
    await client.close(DRAFT);
    assert.deepEqual((await cleared).diagnostics, []);
    const again = client.diagnostics(DRAFT, 7);
    await client.open(DRAFT, fixture('draft-missing-reason.cable'), 7);
    assert.deepEqual((await again).diagnostics.map(summary), before);
  });

  it('asks for settings per document and drops a rule turned off in settings', async () => {
    assert.ok(client.configurationRequests.includes(TASHKENT), 'workspace/configuration was asked with the document as scopeUri');
    const before = (await client.diagnostics(TASHKENT, 1)).diagnostics;
    assert.ok(before.some((d) => d.code === 'tags'));
    client.settings = (scopeUri) => (scopeUri === TASHKENT ? { rules: { tags: 'off' } } : {});
    const relinted = client.nextDiagnostics(TASHKENT);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = (await relinted).diagnostics;
    assert.ok(!after.some((d) => d.code === 'tags'), after.map(summary).join('\n'));
    assert.deepEqual(after.map(summary), before.filter((d) => d.code !== 'tags').map(summary));
    // A severity override applies too.
    client.settings = () => ({ rules: { 'paragraph-numbering': 'hint' } });
    const hinted = client.nextDiagnostics(TASHKENT);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const numbering = (await hinted).diagnostics.filter((d) => d.code === 'paragraph-numbering');
    assert.ok(numbering.length > 0 && numbering.every((d) => d.severity === 4));
    client.settings = {};
  });

  it('with cable.run = onSave lints on open and save, not while typing', async () => {
    const uri = 'file:///tmp/cable-protocol/on-save.cable';
    client.settings = (scopeUri) => (scopeUri === uri ? { run: 'onSave' } : {});
    const opened = client.diagnostics(uri, 1);
    await client.open(uri, fixture('draft-missing-reason.cable'));
    const first = (await opened).diagnostics;
    assert.ok(first.some((d) => d.code === 'classification-reason'));
    let published = false;
    const next = client.nextDiagnostics(uri).then((params) => {
      published = true;
      return params;
    });
    // Fill in the REASON: the error must stay until the save.
    const line8 = 'CLASSIFIED BY: Katrisa Peffley, Pol/Econ Officer, DOS, Pol/Econ.';
    const version = await client.change(uri, [
      { range: { start: { line: 8, character: line8.length - 1 }, end: { line: 8, character: line8.length } }, text: '; REASON: 1.4(B), (D)' },
    ]);
    // A probe opened after the change is linted after any lint the change would have caused (its
    // settings need one more round trip), so once the probe's diagnostics are in, silence is proof.
    const probe = 'file:///tmp/cable-protocol/probe.cable';
    const probed = client.diagnostics(probe, 1);
    await client.open(probe, 'UNCLAS\n');
    await probed;
    assert.equal(published, false, 'no diagnostics while typing in onSave mode');
    await client.close(probe);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await next;
    assert.equal(saved.version, version);
    assert.ok(!saved.diagnostics.some((d) => d.code === 'classification-reason'), saved.diagnostics.map(summary).join('\n'));
    client.settings = {};
    await client.close(uri);
  });

  it('logged no errors', () => {
    assert.deepEqual(client.errors(), []);
  });
});
