// The test command (`npm test` runs the build, then this). Runs each suite in turn and prints a
// closing `N passed, N failed` line per suite, then one for the whole run; exits 1 if any failed.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

/** node:test suites: unit, protocol, grammar. Counts come from node's TAP-like summary. */
function runNodeSuite(name, dirs) {
  const files = dirs.flatMap((dir) => testFiles(join(root, 'tests/lib', dir)));
  if (files.length === 0) {
    console.log(`\n== ${name}: no test files`);
    return { passed: 0, failed: 1 };
  }
  console.log(`\n== ${name} (${files.length} files)`);
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=' + join(root, `tests/lib/${name}.tap`), ...files], {
    stdio: 'inherit',
    cwd: root,
  });
  const tap = readFileSync(join(root, `tests/lib/${name}.tap`), 'utf8');
  const pass = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) + (result.status !== 0 && !/^# fail [1-9]/m.test(tap) ? 1 : 0);
  console.log(`${name}: ${pass} passed, ${fail} failed`);
  return { passed: pass, failed: fail };
}

const suites = [runNodeSuite('core', ['unit', 'protocol', 'grammar'])];
const total = suites.reduce((sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed }), { passed: 0, failed: 0 });
console.log(`\nall suites: ${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
