/** `npm run bench` works on a clone without the shared corpus (generated corpus, small and quick). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { allRules } from '../../../server/lib/core/rules';
import { ROOT } from './cli-run';

test('bench.mjs on a generated corpus reports throughput, latency, rules and the 1 MB cable', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/bench.mjs'), '--generated', '--size', '0.3', '--iterations', '1', '--json', '--no-server'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  const figures = JSON.parse(result.stdout);
  assert.equal(figures.corpus.source, 'generated');
  assert.ok(figures.corpus.bytes >= 0.3 * 1024 * 1024 && figures.corpus.cables > 10);
  assert.equal(figures.targetMBps, 100);
  assert.ok(figures.parseMBps > 0 && figures.lintMBps > 0 && figures.lintMBps <= figures.parseMBps * 1.5);
  assert.ok(figures.perCableMs.median > 0 && figures.perCableMs.p95 >= figures.perCableMs.median);
  assert.deepEqual(Object.keys(figures.rulesMs).sort(), allRules.map((rule) => rule.alias).sort());
  assert.ok(figures.oneMegabyte.bytes >= 1024 * 1024 && figures.oneMegabyte.bytes < 1.2 * 1024 * 1024);
  assert.ok(figures.oneMegabyte.lintMs > 0);
});
