// 1,000 rapid incremental edits — a paragraph typed character by character, with deletions and
// retyping — must end in exactly the diagnostics of a fresh open of the final text.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Position } from 'vscode-languageserver/node';
import { fixture, fixtureUri, LspClient, summary } from './lsp-client';

const TASHKENT = fixtureUri('09TASHKENT1503.cable');
const FRESH = 'file:///tmp/cable-protocol/fresh.cable';

const PARAGRAPH =
  '5. (S) The Ambassador raised the detention of the journalist with Deputy FM Norov on ' +
  'September 17. POGOV Norov said the case was a matter for the courts, but promised to pass our ' +
  'concerns to the Prosecutor General. We will continue to press for consular-style access. ' +
  'END COMMENT.\n\n6. Comment: the GOU is watching closely how we react. ';

describe('typing', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ initializationOptions: { today: '2009-09-25' } });
  });
  after(async () => {
    if (client) await client.stop();
  });

  it('ends 1,000 incremental edits with the diagnostics of a fresh open', async () => {
    await client.open(TASHKENT, fixture('09TASHKENT1503.cable'));
    await client.diagnostics(TASHKENT, 1);
    // Type before the signature line NORLAND (the last line).
    const lines = client.text(TASHKENT).split('\n');
    let at: Position = { line: lines.length - 1, character: 0 };
    // The script: each character typed; every 7th, the last two are deleted, a typo typed and
    // removed, and the two retyped — so the text ends as PARAGRAPH (repeated), reached the hard way.
    type Op = { kind: 'insert'; text: string } | { kind: 'backspace' };
    const ops: Op[] = [];
    for (let i = 0; ops.length < 1000; i++) {
      const char = PARAGRAPH[i % PARAGRAPH.length];
      const previous = PARAGRAPH[(i - 1 + PARAGRAPH.length) % PARAGRAPH.length];
      ops.push({ kind: 'insert', text: char });
      if (i % 7 === 6 && char !== '\n' && previous !== '\n') {
        ops.push({ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'insert', text: 'X' }, { kind: 'backspace' });
        ops.push({ kind: 'insert', text: previous }, { kind: 'insert', text: char });
      }
    }
    ops.length = 1000;
    let version = 1;
    // No waiting for diagnostics in between: the edits go out as fast as the pipe takes them.
    for (const op of ops) {
      if (op.kind === 'insert') {
        version = await client.change(TASHKENT, [{ range: { start: at, end: at }, text: op.text }]);
        at = op.text === '\n' ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + 1 };
      } else {
        const from = { line: at.line, character: at.character - 1 };
        version = await client.change(TASHKENT, [{ range: { start: from, end: at }, text: '' }]);
        at = from;
      }
    }
    assert.equal(version, 1001);
    const final = await client.diagnostics(TASHKENT, version);
    const text = client.text(TASHKENT);
    assert.ok(text.includes('5. (S) The Ambassador'), 'the typed paragraph is in the text');
    const fresh = client.diagnostics(FRESH, 1);
    await client.open(FRESH, text);
    const expected = (await fresh).diagnostics;
    assert.deepEqual(final.diagnostics.map(summary), expected.map(summary));
    // Not vacuous: the typed text produced findings of its own (the (S) mark above CONFIDENTIAL).
    const typedLine = text.split('\n').findIndex((line) => line.startsWith('5. (S)'));
    assert.ok(final.diagnostics.some((d) => d.range.start.line === typedLine), final.diagnostics.map(summary).join('\n'));
    assert.deepEqual(client.errors(), []);
  });

  it('accepts full-text changes too (no range): the new text is linted', async () => {
    const uri = 'file:///tmp/cable-protocol/full-sync.cable';
    await client.open(uri, fixture('draft-missing-reason.cable'));
    const first = await client.diagnostics(uri, 1);
    assert.ok(first.diagnostics.some((d) => d.code === 'classification-reason'));
    const fixed = fixture('draft-missing-reason.cable').replace('DOS, Pol/Econ.', 'DOS, Pol/Econ; REASON: 1.4(B), (D)');
    const version = await client.change(uri, [{ text: fixed }]);
    assert.equal(client.text(uri), fixed);
    const after = await client.diagnostics(uri, version);
    assert.ok(!after.diagnostics.some((d) => d.code === 'classification-reason'), after.diagnostics.map(summary).join('\n'));
    await client.close(uri);
  });

  it('debounces: a burst of edits within the delay is linted once, for its last version', async () => {
    const debounced = await LspClient.start({ initializationOptions: { today: '2009-09-25', diagnosticsDelay: 150 } });
    try {
      const uri = 'file:///tmp/cable-protocol/debounced.cable';
      await debounced.open(uri, fixture('draft-missing-reason.cable'));
      await debounced.diagnostics(uri, 1);
      const before = debounced.published.length;
      let version = 1;
      for (const char of 'WORD') {
        const at = { line: 15, character: version - 1 };
        version = await debounced.change(uri, [{ range: { start: at, end: at }, text: char }]);
      }
      await debounced.diagnostics(uri, version);
      const burst = debounced.published.slice(before).filter((p) => p.uri === uri);
      assert.deepEqual(burst.map((p) => p.version), [version], 'one publication, for the last version');
    } finally {
      await debounced.stop();
    }
  });
});
