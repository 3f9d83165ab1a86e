/**
 * `scripts/package-vsix.mjs` packs the built extension with the real @vscode/vsce (no prompt), and
 * the .vsix holds what the installed extension runs and reads, and nothing else (no node_modules,
 * tests or sources).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/** Entry names from a zip's central directory (the .vsix is a plain zip). */
function zipEntries(zip: Buffer): string[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'bad central directory entry');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

test('npm run package produces a .vsix with the bundles, grammar, rule docs and icon, and no sources', { timeout: 180_000 }, () => {
  const outDir = mkdtempSync(join(tmpdir(), 'cable-vsix-'));
  try {
    // stdin closed: a vsce prompt would fail the run instead of waiting.
    const result = spawnSync(process.execPath, [join(root, 'scripts/package-vsix.mjs'), '--no-build', '--out-dir', outDir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 170_000,
    });
    assert.equal(result.status, 0, `package failed:\n${result.stdout}\n${result.stderr}`);
    const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.deepEqual(readdirSync(outDir), [`${name}-${version}.vsix`]);
    const entries = zipEntries(readFileSync(join(outDir, `${name}-${version}.vsix`)));
    for (const required of [
      'extension/package.json',
      'extension/client/out/extension.js',
      'extension/server/out/server.js',
      'extension/client/out/browser.js',
      'extension/server/out/browser-server.js',
      'extension/syntaxes/cable.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/snippets/cable.code-snippets',
      'extension/schemas/cablelintrc.schema.json',
      'extension/images/icon.png',
      'extension/docs/rules/tags.md',
      'extension/docs/rules/classification-line.md',
    ]) {
      assert.ok(entries.includes(required), `${required} missing from the vsix`);
    }
    assert.ok(entries.some((entry) => /^extension\/readme\.md$/i.test(entry)), 'README missing');
    assert.ok(entries.some((entry) => /^extension\/license(\.txt|\.md)?$/i.test(entry)), 'LICENSE missing');
    const unwanted = entries.filter((entry) =>
      /(^|\/)node_modules\/|^extension\/tests\/|^extension\/(client|server)\/(src|lib)\/|\.ts$|\.map$|^extension\/scripts\//.test(entry),
    );
    assert.deepEqual(unwanted, [], 'files that do not belong in the vsix');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
