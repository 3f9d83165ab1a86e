/** The sample cables of the README (`npm run lint-samples`) show what they claim to show. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, type JsonFinding } from './cli-run';

test('samples: the clean draft is clean today, the others have findings, exit status 1', () => {
  const result = run(['--format', 'json', 'samples']);
  const findings: JsonFinding[] = JSON.parse(result.stdout);
  const files = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.cable'));
  assert.deepEqual(files.sort(), ['06CARACAS958.cable', '09TASHKENT1503.cable', 'clean-draft.cable', 'draft-errors.cable']);
  const byFile = (name: string) => findings.filter((f) => f.file === join('samples', name));
  assert.deepEqual(byFile('clean-draft.cable'), []);
  assert.deepEqual([...new Set(byFile('draft-errors.cable').map((f) => f.rule))].sort(), [
    'classification-line',
    'classification-reason',
    'declassification-date',
    'paragraph-numbering',
    'tags',
  ]);
  assert.ok(byFile('09TASHKENT1503.cable').some((f) => f.rule === 'paragraph-numbering'));
  assert.ok(byFile('06CARACAS958.cable').some((f) => f.rule === 'paragraph-numbering'));
  assert.equal(result.status, 1);
});
