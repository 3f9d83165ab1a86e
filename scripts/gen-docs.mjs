// `npm run docs`: regenerates docs/rules/README.md (the rule table), the table in README.md and
// schemas/cablelintrc.schema.json from the compiled rule metadata (run `npm run build` first;
// `npm test` fails when the committed files are out of date).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
if (!existsSync(join(root, 'server/lib/cli/docs.js'))) {
  console.error('gen-docs: server/lib is missing; run `npx tsc -b` (or npm run build) first');
  process.exit(2);
}
const { allRules } = require(join(root, 'server/lib/core/rules/index.js'));
const { rulesTable, configSchemaText, readmeWithRules } = require(join(root, 'server/lib/cli/docs.js'));

const outputs = [
  ['docs/rules/README.md', rulesTable(allRules)],
  ['schemas/cablelintrc.schema.json', configSchemaText(allRules)],
  ['README.md', readmeWithRules(readFileSync(join(root, 'README.md'), 'utf8'), allRules)],
];
for (const [path, text] of outputs) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`gen-docs: wrote ${path} (${allRules.length} rules)`);
}
