/**
 * Runs the two vscode-tmgrammar-test command-line tools on the grammar, as a grammar author would:
 * the inline-assertion files in tests/grammar/*.test.cable and the snapshots of real cables in
 * tests/grammar/snap/. Both must exit 0. Known-bad inputs in tests/fixtures/grammar/ show that
 * the tools do fail on a wrong assertion and on a snapshot that no longer matches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const TOOL = join(ROOT, 'node_modules/vscode-tmgrammar-test/dist');
const GRAMMAR = 'syntaxes/cable.tmLanguage.json';
// A language configuration of our own, so the run does not depend on package.json's contributions.
const CONFIG = 'tests/grammar/tmgrammar.config.json';
const SNAP_DIR = join(ROOT, 'tests/grammar/snap');

function run(tool: 'unit.js' | 'snapshot.js', args: string[]) {
  const result = spawnSync(process.execPath, [join(TOOL, tool), '--config', CONFIG, '-g', GRAMMAR, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('inline scope assertions (tests/grammar/*.test.cable) all pass', () => {
  const files = readdirSync(join(ROOT, 'tests/grammar')).filter((f) => f.endsWith('.test.cable'));
  assert.ok(files.length >= 11, `expected the assertion files, found ${files.length}`);
  const { status, output } = run('unit.js', ['-c', 'tests/grammar/*.test.cable']);
  assert.equal(status, 0, output);
  for (const file of files) assert.match(output, new RegExp(`${file.replace(/\./g, '\\.')} run successfuly`), `${file} was not run`);
});

test('snapshots of real cables (tests/grammar/snap/) match', () => {
  const cables = readdirSync(SNAP_DIR).filter((f) => f.endsWith('.cable'));
  assert.ok(cables.length >= 10, `expected at least 10 real cables, found ${cables.length}`);
  // The tool writes a missing .snap and passes, so a missing one must fail here instead.
  const missing = cables.filter((f) => !existsSync(join(SNAP_DIR, `${f}.snap`)));
  assert.deepEqual(missing, [], 'cables without a committed .snap');
  const before = cables.map((f) => readFileSync(join(SNAP_DIR, `${f}.snap`), 'utf8'));
  const { status, output } = run('snapshot.js', ['-s', 'source.cable', 'tests/grammar/snap/*.cable']);
  assert.equal(status, 0, output);
  assert.equal((output.match(/run successfully/g) ?? []).length, cables.length, output);
  const after = cables.map((f) => readFileSync(join(SNAP_DIR, `${f}.snap`), 'utf8'));
  assert.deepEqual(after, before, 'the snapshot run must not rewrite committed snapshots');
});

test('a wrong inline assertion makes vscode-tmgrammar-test fail', () => {
  const { status, output } = run('unit.js', ['-c', 'tests/fixtures/grammar/wrong-scope.test.cable']);
  assert.notEqual(status, 0, output);
  assert.match(output, /Missing required scopes: \[ keyword\.other\.classification\.confidential\.cable \]/);
  assert.match(output, /keyword\.other\.classification\.secret\.cable/);
});

test('a snapshot that no longer matches makes vscode-tmgrammar-snap fail', () => {
  const snap = join(ROOT, 'tests/fixtures/grammar/snap-mismatch/wrong-level.cable.snap');
  assert.ok(existsSync(snap), 'the known-bad snapshot must exist (the tool would otherwise create it and pass)');
  const { status, output } = run('snapshot.js', ['-s', 'source.cable', 'tests/fixtures/grammar/snap-mismatch/*.cable']);
  assert.notEqual(status, 0, output);
  assert.match(output, /keyword\.other\.classification\.confidential\.cable keyword\.other\.classification\.secret\.cable/);
});

test('the committed grammar JSON is what scripts/gen-grammar.mjs generates', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-grammar.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});
