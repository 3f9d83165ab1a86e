/**
 * cable-lint inputs and exit status: folders, globs, missing/unreadable/binary/oversized files,
 * bad usage; no progress output when stderr is not a terminal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../../server/lib/core/rules';
import { main } from '../../../server/lib/cli/main';
import { spawnSync } from 'node:child_process';
import { BIN, CLI_FIXTURES, run, tempFolder, TODAY, type JsonFinding } from './cli-run';

const CLEAN = join(CLI_FIXTURES, 'clean-draft.cable');
const DRAFT = join(CLI_FIXTURES, 'draft-errors.cable');

/** A folder tree: a/x.cable, a/b/y.tel, a/b/notes.txt, a/.hidden/z.cable, a/node_modules/n.cable. */
function tree(t: Parameters<typeof tempFolder>[0]): string {
  const root = tempFolder(t);
  for (const folder of ['a/b', 'a/.hidden', 'a/node_modules']) mkdirSync(join(root, folder), { recursive: true });
  copyFileSync(DRAFT, join(root, 'a/x.cable'));
  copyFileSync(DRAFT, join(root, 'a/b/y.tel'));
  copyFileSync(DRAFT, join(root, 'a/b/notes.txt'));
  copyFileSync(DRAFT, join(root, 'a/.hidden/z.cable'));
  copyFileSync(DRAFT, join(root, 'a/node_modules/n.cable'));
  return root;
}

function filesReported(stdout: string): string[] {
  return [...new Set((JSON.parse(stdout) as JsonFinding[]).map((f) => f.file))].sort();
}

test('exit status 0 for a clean draft, 1 for a draft with errors', () => {
  const clean = run(['--date', TODAY, CLEAN]);
  assert.equal(clean.stdout, '', 'the clean draft has no findings');
  assert.equal(clean.status, 0);
  assert.match(clean.stderr, /no problems in 1 file/);
  const errors = run(['--date', TODAY, DRAFT]);
  assert.match(errors.stdout, /: error: /);
  assert.equal(errors.status, 1);
});

test('exit status 0 when the only findings are below error', () => {
  const allWarnings = allRules.flatMap((rule) => ['--rule', `${rule.alias}=warning`]);
  const result = run(['--date', TODAY, '--format', 'json', ...allWarnings, DRAFT]);
  const findings: JsonFinding[] = JSON.parse(result.stdout);
  assert.ok(findings.length > 0);
  assert.ok(findings.every((f) => f.severity !== 'error'), JSON.stringify(findings.filter((f) => f.severity === 'error')));
  assert.equal(result.status, 0);
});

test('a folder is searched recursively for .cable and .tel, skipping hidden folders and node_modules', (t) => {
  const root = tree(t);
  const result = run(['--format', 'json', '--date', TODAY, 'a'], { cwd: root });
  assert.deepEqual(filesReported(result.stdout), [join('a', 'b', 'y.tel'), join('a', 'x.cable')]);
});

test('globs: *, ** and ? are expanded by cable-lint', (t) => {
  const root = tree(t);
  const cases: [string, string[]][] = [
    ['a/*.cable', ['a/x.cable']],
    ['a/**/*.tel', ['a/b/y.tel']],
    ['**/*.cable', ['a/x.cable']],
    ['a/b/notes.t?t', ['a/b/notes.txt']],
    ['a/**', ['a/b/notes.txt', 'a/b/y.tel', 'a/x.cable']],
  ];
  for (const [pattern, files] of cases) {
    const result = run(['--format', 'json', '--date', TODAY, pattern], { cwd: root });
    assert.deepEqual(filesReported(result.stdout), files.map((f) => join(...f.split('/'))), pattern);
  }
  const none = run(['a/*.nothing'], { cwd: root });
  assert.equal(none.status, 2);
  assert.match(none.stderr, /a\/\*\.nothing: no files match/);
});

test('a missing file is reported in one line, the others are still linted, exit status 2', () => {
  const result = run(['--format', 'json', '--date', TODAY, 'no/such/file.cable', DRAFT]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^cable-lint: no\/such\/file\.cable: no such file or folder$/m);
  assert.ok((JSON.parse(result.stdout) as JsonFinding[]).length > 0, 'the readable file was linted');
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

test('binary and oversized files get one clear line each and exit status 2', (t) => {
  const folder = tempFolder(t);
  const binary = join(folder, 'image.cable');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
  const big = join(folder, 'big.cable');
  writeFileSync(big, 'C O N F I D E N T I A L TASHKENT 001503\n'.repeat(1000));
  const result = run(['--format', 'json', '--max-size', '10KB', binary, big, CLEAN]);
  assert.equal(result.status, 2);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 2, result.stderr);
  assert.match(lines[0], /image\.cable: binary file \(contains NUL bytes\), skipped$/);
  assert.match(lines[1], /big\.cable: file too large \(39\.\d KB; the limit is 10 KB, see --max-size\), skipped$/);
  assert.ok(Array.isArray(JSON.parse(result.stdout)));
});

test('an oversized standard input is refused too', () => {
  const result = run(['--max-size', '100', '-'], { input: 'x'.repeat(200) });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /<stdin>: input too large/);
});

test('an unreadable file is reported and skipped (skipped when running as root)', (t) => {
  if (process.getuid?.() === 0) {
    t.skip('running as root: chmod 000 does not stop root from reading');
    return;
  }
  const folder = tempFolder(t);
  const file = join(folder, 'secret.cable');
  copyFileSync(DRAFT, file);
  chmodSync(file, 0o000);
  const result = run([file, CLEAN]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /secret\.cable: cannot read \(permission denied\)/);
});

test('bad usage: exit status 2 with one line and a pointer to --help', () => {
  for (const args of [['--format', 'xml', 'x.cable'], ['--bogus'], [], ['--rule', 'tags'], ['--max-size', 'huge', 'x'], ['--date', '2009-02-30', 'x'], ['--fix', '--fix-dry-run', 'x'], ['parse', '--fix', 'x'], ['--fix', '-'], ['--config', 'a', '--no-config', 'x']]) {
    const result = run(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /^cable-lint: .+\nRun "cable-lint --help" for usage\.\n$/, args.join(' '));
  }
});

test('no progress output when stderr is not a terminal, even for many files', (t) => {
  const folder = tempFolder(t);
  for (let i = 0; i < 25; i++) copyFileSync(CLEAN, join(folder, `c${i}.cable`));
  const result = run(['--date', TODAY, folder]);
  assert.equal(result.status, 0);
  assert.doesNotMatch(result.stderr, /\r|\[\d+\/25\]/);
  assert.match(result.stderr, /no problems in 25 files/);
});

test('progress [n/N] on a terminal when linting more than 20 files', (t) => {
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
  if (script.error || script.status !== 0) {
    t.skip('util-linux `script` (to get a terminal) is not available');
    return;
  }
  const folder = tempFolder(t);
  for (let i = 0; i < 21; i++) copyFileSync(CLEAN, join(folder, `c${String(i).padStart(2, '0')}.cable`));
  const command = `'${process.execPath}' '${BIN}' --date ${TODAY} '${folder}' >/dev/null`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
  assert.match(result.stdout, /\r\x1b\[K\[1\/21\] .*c00\.cable/);
  assert.match(result.stdout, /\[21\/21\] .*c20\.cable/);
  // Twenty files are not "many": no progress.
  const few = spawnSync('script', ['-qec', command.replace(`'${folder}'`, `'${folder}/c0'?.cable '${folder}/c1'?.cable`), '/dev/null'], { encoding: 'utf8' });
  assert.match(few.stdout, /no problems in 20 files/);
  assert.doesNotMatch(few.stdout, /\[1\/20\]/);
});

test('an output that cannot be written (/dev/full) is one line and exit status 2, no stack trace', (t) => {
  if (!existsSync('/dev/full')) {
    t.skip('no /dev/full on this system');
    return;
  }
  const full = openSync('/dev/full', 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, '--date', TODAY, DRAFT], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'cable-lint: cannot write the output (ENOSPC)\n');
  } finally {
    closeSync(full);
  }
});

test('one file named several ways is linted once', (t) => {
  const root = tree(t);
  const result = run(['--format', 'json', '--date', TODAY, 'a/x.cable', './a/x.cable', 'a//x.cable', 'a/*.cable'], { cwd: root });
  const findings: JsonFinding[] = JSON.parse(result.stdout);
  const once: JsonFinding[] = JSON.parse(run(['--format', 'json', '--date', TODAY, 'a/x.cable'], { cwd: root }).stdout);
  assert.ok(once.length > 0);
  assert.deepEqual(findings, once);
});

test('an unexpected error is one line and exit status 2; --debug adds the stack trace', async () => {
  // In-process, with an output that fails the way a broken device does.
  for (const debug of [false, true]) {
    const errors: string[] = [];
    const io = {
      stdout: { isTTY: false, write: async (text: string) => { if (text.includes('error')) throw new Error('EIO: i/o error, write'); } },
      stderr: { isTTY: false, write: async (text: string) => { errors.push(text); } },
      readStdin: () => new Uint8Array(),
    };
    const status = await main(['--date', TODAY, ...(debug ? ['--debug'] : []), DRAFT], io);
    assert.equal(status, 2);
    const report = errors.join('');
    assert.match(report, /^cable-lint: .*draft-errors\.cable: (internal error: )?.*EIO: i\/o error, write/m);
    if (debug) assert.match(report, /\n\s+at /, 'stack trace with --debug');
    else {
      assert.match(report, /\(run with --debug for details\)/);
      assert.doesNotMatch(report, /\n\s+at /);
    }
  }
});
