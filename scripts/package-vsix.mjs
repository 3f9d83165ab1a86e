// `npm run package`: builds, brings the manifest up to date with the rule catalogue, checks that
// everything the extension needs at run time is there, then packs `cable-lang-<version>.vsix`
// with @vscode/vsce (--no-dependencies: the client and server are self-contained esbuild bundles).
// vsce never gets a terminal to prompt on: a question it would ask becomes an error instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

function run(command, args) {
  console.log(`> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`package: "${[command, ...args].join(' ')}" failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

// --no-build: package what is built (used by the packaging test, which must not rewrite files).
// --out-dir <dir>: where the .vsix goes (default: the repository root).
const args = process.argv.slice(2);
const outDirIndex = args.indexOf('--out-dir');
const outDir = outDirIndex >= 0 ? resolve(args[outDirIndex + 1] ?? '') : root;
if (!args.includes('--no-build')) {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
  run(process.execPath, [join(root, 'scripts/gen-manifest.mjs')]);
}

const required = [
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'language-configuration.json',
  'client/out/extension.js',
  'server/out/server.js',
  'syntaxes/cable.tmLanguage.json',
  'snippets/cable.code-snippets',
  'schemas/cablelintrc.schema.json',
  'images/icon.png',
];
const missing = required.filter((path) => !existsSync(join(root, path)));
const ruleDocs = existsSync(join(root, 'docs/rules')) ? readdirSync(join(root, 'docs/rules')).filter((name) => name.endsWith('.md')) : [];
if (ruleDocs.length === 0) missing.push('docs/rules/*.md');
if (missing.length > 0) {
  console.error(`package: missing ${missing.join(', ')}`);
  process.exit(1);
}

const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(outDir, `${name}-${version}.vsix`);
const vscePackage = require.resolve('@vscode/vsce/package.json');
const vsce = join(dirname(vscePackage), JSON.parse(readFileSync(vscePackage, 'utf8')).bin.vsce);
run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out]);
console.log(`${out}: ${statSync(out).size} bytes`);
