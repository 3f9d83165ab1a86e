/**
 * cable-lint --fix and --fix-dry-run on copies of the fixtures: the file ends up exactly as the
 * core's fixAll makes it, a second run changes nothing, the mode is kept, and a file that cannot be
 * written is reported and left as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll } from '../../../server/lib/core/lint';
import { CLI_FIXTURES, expectedFindings, readText, run, tempFolder, TODAY, TODAY_DATE, type JsonFinding } from './cli-run';

const DRAFT = join(CLI_FIXTURES, 'draft-errors.cable');

function draftCopy(t: Parameters<typeof tempFolder>[0], name = 'draft.cable'): { folder: string; file: string } {
  const folder = tempFolder(t);
  const file = join(folder, name);
  copyFileSync(DRAFT, file);
  return { folder, file };
}

test('--fix rewrites the file with the safe fixes, then reports what is left', (t) => {
  const { folder, file } = draftCopy(t);
  chmodSync(file, 0o640);
  const original = readText(file);
  const expected = fixAll(original, { today: TODAY_DATE }).text;
  assert.notEqual(expected, original, 'the draft has safe fixes');
  const result = run(['--fix', '--format', 'json', '--date', TODAY, 'draft.cable'], { cwd: folder });
  const fixed = readText(file);
  assert.equal(fixed, expected);
  // The malformed level is the one fix we know: `SE C R E T` -> `S E C R E T`.
  assert.ok(fixed.startsWith('S E C R E T TASHKENT 001504\n'), fixed.slice(0, 40));
  assert.equal(fixed.split('\n').length, original.split('\n').length);
  assert.equal(statSync(file).mode & 0o777, 0o640, 'mode kept');
  assert.deepEqual(readdirSync(folder), ['draft.cable'], 'no temporary file left behind');
  const remaining: JsonFinding[] = JSON.parse(result.stdout);
  assert.deepEqual(remaining, expectedFindings('draft.cable', fixed));
  assert.ok(!remaining.some((f) => f.rule === 'classification-line'));
});

test('--fix is idempotent: a second run changes nothing and does not rewrite the file', (t) => {
  const { folder, file } = draftCopy(t);
  run(['--fix', '--date', TODAY, file], { cwd: folder });
  const once = readText(file);
  const inode = statSync(file).ino;
  const second = run(['--fix', '--date', TODAY, file], { cwd: folder });
  assert.equal(readText(file), once);
  assert.equal(statSync(file).ino, inode, 'not replaced');
  assert.match(second.stderr, /fixed 0 problems in 0 files/);
});

test('--fix keeps CRLF line breaks and a byte order mark', (t) => {
  const folder = tempFolder(t);
  const file = join(folder, 'crlf.cable');
  const original = readText(DRAFT).replace(/\n/g, '\r\n');
  writeFileSync(file, '\ufeff' + original);
  run(['--fix', '--date', TODAY, file]);
  const bytes = readText(file);
  assert.ok(bytes.startsWith('\ufeffS E C R E T TASHKENT 001504\r\n'));
  assert.equal(bytes, '\ufeff' + fixAll(original, { today: TODAY_DATE }).text);
  assert.doesNotMatch(bytes.replace(/\r\n/g, ''), /\n/);
});

test('--fix-dry-run prints a unified diff and leaves the file alone', (t) => {
  const { folder, file } = draftCopy(t);
  const original = readText(file);
  const result = run(['--fix-dry-run', '--date', TODAY, 'draft.cable'], { cwd: folder });
  assert.equal(readText(file), original);
  assert.equal(result.status, 1, 'exit 1: there is something to fix');
  assert.match(result.stdout, /^--- a\/draft\.cable\n\+\+\+ b\/draft\.cable\n@@ -1,\d+ \+1,\d+ @@\n-SE C R E T TASHKENT 001504\n\+S E C R E T TASHKENT 001504\n/);
  assert.match(result.stderr, /would change 1 of 1 file/);
  const clean = run(['--fix-dry-run', '--date', TODAY, join(CLI_FIXTURES, 'clean-draft.cable')]);
  assert.equal(clean.stdout, '');
  assert.equal(clean.status, 0);
});

/** Makes `folder` unwritable. Permissions do not stop root (CI runs as root), so as root the folder
 *  is made immutable with chattr +i when the file system allows it. Returns an undo, or a reason
 *  why the case cannot be made here. */
function lockFolder(folder: string, file: string): { undo: () => void } | { reason: string } {
  chmodSync(file, 0o444);
  chmodSync(folder, 0o555);
  const undoChmod = () => chmodSync(folder, 0o755);
  if (!canCreateIn(folder)) return { undo: undoChmod };
  const chattr = spawnSync('chattr', ['+i', folder], { encoding: 'utf8' });
  if (chattr.status === 0 && !canCreateIn(folder)) {
    return {
      undo: () => {
        spawnSync('chattr', ['-i', folder]);
        undoChmod();
      },
    };
  }
  undoChmod();
  return { reason: `running as root and chattr +i is unavailable (${(chattr.stderr || String(chattr.error ?? '')).trim()}): chmod 444 in a read-only folder does not stop root` };
}

function canCreateIn(folder: string): boolean {
  const probe = join(folder, '.probe');
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
    return true;
  } catch {
    return false;
  }
}

test('--fix on a file it cannot write: reported, left as it was, findings still reported', (t) => {
  const { folder, file } = draftCopy(t);
  const original = readText(file);
  const lock = lockFolder(folder, file);
  if ('reason' in lock) {
    t.skip(lock.reason);
    return;
  }
  try {
    const result = run(['--fix', '--format', 'json', '--date', TODAY, file]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /draft\.cable: cannot write \(permission denied\); file left unchanged/);
    assert.equal(readText(file), original);
    assert.deepEqual(readdirSync(folder), ['draft.cable'], 'no temporary file left behind');
    assert.deepEqual(JSON.parse(result.stdout), expectedFindings(file, original));
  } finally {
    lock.undo(); // so that the temporary folder can be removed
  }
});

test('--fix refuses a read-only file even when its folder is writable', (t) => {
  const { file } = draftCopy(t);
  const original = readText(file);
  chmodSync(file, 0o444);
  let undo = () => {};
  if (process.getuid?.() === 0) {
    // Root ignores the mode; an immutable file (chattr +i) is read-only for root too.
    const chattr = spawnSync('chattr', ['+i', file], { encoding: 'utf8' });
    if (chattr.status !== 0) {
      t.skip(`running as root and chattr +i is unavailable (${(chattr.stderr || String(chattr.error ?? '')).trim()}): a 444 file is writable for root`);
      return;
    }
    undo = () => spawnSync('chattr', ['-i', file]);
  }
  try {
    const result = run(['--fix', '--date', TODAY, file]);
    assert.equal(result.status, 2);
    assert.equal(readText(file), original);
    assert.match(result.stderr, /cannot write \(permission denied\); file left unchanged/);
  } finally {
    undo();
  }
});

test('--fix does not rewrite a file that is not valid UTF-8 (its bytes would be lost)', (t) => {
  const folder = tempFolder(t);
  const file = join(folder, 'latin1.cable');
  // The draft with a Latin-1 "é" (0xE9, invalid as UTF-8) in the body.
  const bytes = Buffer.concat([Buffer.from(readText(DRAFT).replace('Washington.', 'Washington')), Buffer.from([0xe9, 0x2e, 0x0a])]);
  writeFileSync(file, bytes);
  const result = run(['--fix', '--date', TODAY, file]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /latin1\.cable: not valid UTF-8: not rewritten by --fix/);
  assert.deepEqual(readFileSync(file), bytes);
  assert.match(result.stdout, /\[classification-line\]/, 'still linted');
});
