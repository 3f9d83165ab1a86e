// Code actions, formatting and the server commands: each returned edit is applied to the text and
// the result compared exactly; formatting must touch nothing but what the fixes name.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { fixAll } from '../../../server/lib/core';
import { applyTextEdits, fixture, fixtureUri, FIXTURES, LspClient, summary } from './lsp-client';

const TASHKENT = fixtureUri('09TASHKENT1503.cable');
const FIXABLE = fixtureUri('draft-fixable.cable');

/** draft-fixable.cable with its three safe fixes applied, written out by hand. */
const FIXABLE_FIXED = fixture('draft-fixable.cable')
  .replace('SE C R E T TASHKENT', 'S E C R E T TASHKENT')
  .replace('REASON: 1:4(B)', 'REASON: 1.4(B)')
  .replace('2.(C) The MFA', '2. (C) The MFA');

describe('edits', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ initializationOptions: { today: '2009-09-25' }, workspaceFolders: [FIXTURES] });
  });
  after(async () => {
    if (client) await client.stop();
  });

  const openAndLint = async (uri: string, text: string): Promise<Diagnostic[]> => {
    const published = client.diagnostics(uri, 1);
    await client.open(uri, text);
    return (await published).diagnostics;
  };
  const actionsFor = (uri: string, diagnostic: Diagnostic, only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    });
  const apply = (uri: string, action: CodeAction) => applyTextEdits(client.text(uri), action.edit!.changes![uri]);

  it('offers the rule fix as the preferred quick fix, and applying it gives the exact text', async () => {
    const diagnostics = await openAndLint(TASHKENT, fixture('09TASHKENT1503.cable'));
    const tags = diagnostics.find((d) => d.code === 'tags' && d.range.start.line === 17)!;
    assert.ok(tags, diagnostics.map(summary).join('\n'));
    const actions = await actionsFor(TASHKENT, tags);
    const fix = actions.find((a) => a.title === 'Remove the markup from the TAGS line');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(fix!.kind, 'quickfix');
    assert.equal(fix!.isPreferred, true);
    assert.deepEqual(fix!.diagnostics?.map(summary), [summary(tags)]);
    const expected = fixture('09TASHKENT1503.cable').replace('TAGS: [PREL](#) [UNGA](#) [XG](#)', 'TAGS: PREL UNGA XG');
    assert.equal(apply(TASHKENT, fix!), expected);

    const disable = actions.find((a) => a.title === 'Disable rule tags in workspace settings');
    assert.deepEqual(disable?.command, { title: 'Disable rule tags in workspace settings', command: 'cable.disableRule', arguments: ['tags', TASHKENT] });
  });

  it('fixes one malformed REASON section and nothing else', async () => {
    const diagnostics = await openAndLint(FIXABLE, fixture('draft-fixable.cable'));
    const reason = diagnostics.find((d) => d.code === 'classification-reason' && d.range.start.line === 9);
    assert.ok(reason, diagnostics.map(summary).join('\n'));
    const fix = (await actionsFor(FIXABLE, reason!)).find((a) => a.title === 'Replace "1:4" with "1.4"');
    assert.ok(fix);
    assert.equal(apply(FIXABLE, fix!), fixture('draft-fixable.cable').replace('REASON: 1:4(B)', 'REASON: 1.4(B)'));
  });

  it('fixes all problems of one rule with "Fix all <alias> problems"', async () => {
    const uri = 'file:///tmp/cable-protocol/glued.cable';
    const text = fixture('draft-fixable.cable').replace('1. (S//NF)', '1.(S//NF)');
    const diagnostics = await openAndLint(uri, text);
    const glued = diagnostics.find((d) => d.code === 'paragraph-numbering' && d.range.start.line === 11);
    assert.ok(glued, diagnostics.map(summary).join('\n'));
    const all = (await actionsFor(uri, glued!)).find((a) => a.title === 'Fix all paragraph-numbering problems');
    assert.ok(all);
    assert.equal(all!.kind, 'quickfix');
    assert.equal(apply(uri, all!), text.replace('1.(S//NF)', '1. (S//NF)').replace('2.(C)', '2. (C)'));
    await client.close(uri);
  });

  it('offers source.fixAll.cable only when asked, with every safe fix', async () => {
    const any = (await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: FIXABLE },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    }))!;
    assert.deepEqual(any.map((a) => a.kind), ['source.fixAll.cable']);
    assert.equal(apply(FIXABLE, any[0]), FIXABLE_FIXED);
    const plain = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: FIXABLE },
      range: { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.ok(!plain.some((a) => a.kind?.startsWith('source')), 'no source action in the light bulb');
  });

  it('formats with minimal edits: exactly the safe fixes, nothing else touched', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri: FIXABLE },
      options: { tabSize: 4, insertSpaces: true },
    });
    assert.equal(applyTextEdits(client.text(FIXABLE), edits), FIXABLE_FIXED);
    // Three small edits on three lines: no whole-document or whole-line replacement.
    assert.deepEqual(
      edits.map((e) => e.range.start.line).sort((a, b) => a - b),
      [0, 9, 14],
    );
    for (const edit of edits) {
      assert.equal(edit.range.start.line, edit.range.end.line);
      assert.ok(edit.range.end.character - edit.range.start.character <= 3 && edit.newText.length <= 3, JSON.stringify(edit));
    }
    // On a real cable: the result is the core's fixAll, reached by edits that each change only
    // differing characters (no shared first or last character between old and new text).
    const again = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri: TASHKENT },
      options: { tabSize: 4, insertSpaces: true },
    });
    const text = client.text(TASHKENT);
    assert.equal(applyTextEdits(text, again), fixAll(text, { today: { year: 2009, month: 9, day: 25 } }).text);
    assert.ok(again.length > 0);
    const lines = text.split('\n');
    for (const edit of again) {
      const { start, end } = edit.range;
      const old = start.line === end.line ? lines[start.line].slice(start.character, end.character) : undefined;
      if (old === undefined || old.length === 0 || edit.newText.length === 0) continue;
      assert.notEqual(old[0], edit.newText[0], `edit not trimmed: ${JSON.stringify(edit)}`);
      assert.notEqual(old[old.length - 1], edit.newText[edit.newText.length - 1], `edit not trimmed: ${JSON.stringify(edit)}`);
    }
  });

  it('runs cable.server.fixAll through workspace/applyEdit', async () => {
    const count = client.applied.length;
    await client.request('workspace/executeCommand', { command: 'cable.server.fixAll', arguments: [FIXABLE] });
    assert.equal(client.applied.length, count + 1);
    const edit = client.applied[count].edit.changes![FIXABLE];
    assert.equal(applyTextEdits(client.text(FIXABLE), edit), FIXABLE_FIXED);
  });

  it('renumbers paragraphs 11, 12, 13, ¶4 of 09TASHKENT1503 as 1, 2, 3, 4', async () => {
    const count = client.applied.length;
    await client.request('workspace/executeCommand', { command: 'cable.server.renumberParagraphs', arguments: [TASHKENT] });
    const edit = client.applied[count].edit.changes![TASHKENT];
    const expected = fixture('09TASHKENT1503.cable')
      .replace('\n11. (C) SUMMARY', '\n1. (C) SUMMARY')
      .replace('\n12. (C) During', '\n2. (C) During')
      .replace('\n13. (C) According', '\n3. (C) According');
    assert.equal(applyTextEdits(client.text(TASHKENT), edit), expected);
  });

  it('lints the workspace folder on disk and reports the counts', async () => {
    const missingReason = fixtureUri('draft-missing-reason.cable');
    const published = client.nextDiagnostics(missingReason);
    const result = await client.request<{ files: number; errors: number; warnings: number }>('workspace/executeCommand', {
      command: 'cable.server.lintWorkspace',
      arguments: [],
    });
    assert.equal(result.files, 4);
    assert.ok(result.errors >= 1, JSON.stringify(result));
    assert.ok((await published).diagnostics.some((d) => d.code === 'classification-reason'));
  });

  it('logged no errors', () => {
    assert.deepEqual(client.errors(), []);
  });
});
