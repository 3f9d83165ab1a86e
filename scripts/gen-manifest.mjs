// Writes the extension-manifest part of package.json (client/src/manifest/extension-manifest.ts,
// with the `cable.rules` properties generated from the compiled rule catalogue) and the snippets
// file (from client/src/templates.ts). Re-runnable; run after `tsc -b` (it reads the compiled
// client/lib and server/lib). `--check` only reports whether the committed files are current.
// package.json is loaded, changed and written back at once: other keys (scripts, dependencies)
// are left exactly as they are.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { allRules } = require(join(root, 'server/lib/core/index.js'));
const { extensionManifest } = require(join(root, 'client/lib/manifest/extension-manifest.js'));
const { snippetsFile } = require(join(root, 'client/lib/templates.js'));

const check = process.argv.includes('--check');
const json = (value) => JSON.stringify(value, null, 2) + '\n';
const stale = [];

const packagePath = join(root, 'package.json');
const packageText = readFileSync(packagePath, 'utf8');
const pkg = JSON.parse(packageText);
Object.assign(pkg, extensionManifest(allRules));
if (json(pkg) !== packageText) {
  stale.push('package.json');
  if (!check) writeFileSync(packagePath, json(pkg));
}

const snippetsPath = join(root, 'snippets/cable.code-snippets');
let snippetsText = '';
try {
  snippetsText = readFileSync(snippetsPath, 'utf8');
} catch {}
if (json(snippetsFile()) !== snippetsText) {
  stale.push('snippets/cable.code-snippets');
  if (!check) {
    mkdirSync(dirname(snippetsPath), { recursive: true });
    writeFileSync(snippetsPath, json(snippetsFile()));
  }
}

if (check && stale.length > 0) {
  console.error(`stale (run node scripts/gen-manifest.mjs): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(stale.length === 0 ? 'manifest and snippets are current' : `written: ${stale.join(', ')} (${allRules.length} rules)`);
