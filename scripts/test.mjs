// The test command (`npm test` runs the build, then this). Runs each suite in turn and prints a
// closing `N passed, N failed` line per suite, then one for the whole run; exits 1 if any failed.
// Suites: core (node:test: unit, protocol, grammar), then the real-editor suites: vscode (mocha in
// the extension host of a real VS Code, extension from the sources), packaged (the same tests on the
// .vsix installed in that editor) and ui (node:test + playwright-core driving the workbench in
// chromium). The real editor (code-server + chromium) is installed on first use (install.mjs); where
// it cannot be, the editor suites are skipped with the reason, except on CI (CI=true), where that
// is a failure. CABLE_SKIP_EDITOR_TESTS=1 skips them on purpose (ignored on CI). Arguments name
// the suites to run (default: all).
import { spawn, spawnSync } from 'node:child_process';
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
function runNodeSuite(name, dirs, extraArgs = []) {
  const files = dirs.flatMap((dir) => testFiles(join(root, 'tests/lib', dir)));
  if (files.length === 0) {
    console.log(`\n== ${name}: no test files`);
    return { passed: 0, failed: 1 };
  }
  console.log(`\n== ${name} (${files.length} files)`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--test', ...extraArgs, '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=' + join(root, `tests/lib/${name}.tap`), ...files], {
    stdio: 'inherit',
    cwd: root,
  });
  const tap = readFileSync(join(root, `tests/lib/${name}.tap`), 'utf8');
  const pass = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) + (result.status !== 0 && !/^# fail [1-9]/m.test(tap) ? 1 : 0);
  console.log(`[timing] ${name} suite: ${seconds(started)} s`);
  console.log(`${name}: ${pass} passed, ${fail} failed`);
  return { passed: pass, failed: fail };
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const onCI = Boolean(process.env.CI) && process.env.CI !== 'false';

/** Installs the real editor when missing. Returns null when ready, else why the editor suites cannot run. */
async function prepareEditor() {
  if (process.env.CABLE_SKIP_EDITOR_TESTS && !onCI) return 'CABLE_SKIP_EDITOR_TESTS is set';
  const started = Date.now();
  try {
    const { ensureHost } = await import('../tests/vscode-host/install.mjs');
    const reason = ensureHost();
    console.log(`[timing] real-editor install check: ${seconds(started)} s`);
    return reason;
  } catch (error) {
    return `installing the real editor failed: ${error.message}`;
  }
}

/** Runs a script, echoing its output, and returns { status, output }. */
function runEchoed(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { output += chunk; process.stderr.write(chunk); });
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** The extension-host suites, run by runTests in the real editor; counts from run()'s closing line.
 *  `packaged` runs them against the installed .vsix instead of the sources. */
async function runVscodeSuite(name) {
  const packaged = name === 'packaged';
  console.log(`\n== ${name} (extension host, mocha tdd${packaged ? ', extension installed from the .vsix' : ''})`);
  const { status, output } = await runEchoed([join(root, 'tests/vscode-host/run-vscode-tests.mjs'), ...(packaged ? ['--packaged'] : [])]);
  const counts = [...output.matchAll(new RegExp(`^${name}: (\\d+) passed, (\\d+) failed`, 'gm'))].at(-1);
  const passed = Number(counts?.[1] ?? 0);
  let failed = Number(counts?.[2] ?? 0);
  if (status !== 0 && failed === 0) failed = 1; // the editor failed before or after the tests
  console.log(`${name}: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

function skipped(name, reason) {
  if (onCI) {
    console.log(`\n== ${name}: cannot run on CI: ${reason}\n${name}: 0 passed, 1 failed`);
    return { passed: 0, failed: 1 };
  }
  console.log(`\n== ${name}: SKIPPED: ${reason}\n${name}: 0 passed, 0 failed, 1 skipped`);
  return { passed: 0, failed: 0, skipped: 1 };
}

// `node scripts/test.mjs [core] [vscode] [packaged] [ui]` (or `npm test -- ui`) runs only the suites named.
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const suites = [];
if (wanted('core')) suites.push(runNodeSuite('core', ['unit', 'protocol', 'grammar']));
const editorSuites = ['vscode', 'packaged', 'ui'].filter(wanted);
const editorProblem = editorSuites.length > 0 ? await prepareEditor() : null;
if (editorProblem) {
  suites.push(...editorSuites.map((name) => skipped(name, editorProblem)));
} else {
  if (wanted('vscode')) suites.push(await runVscodeSuite('vscode'));
  if (wanted('packaged')) suites.push(await runVscodeSuite('packaged'));
  // One UI file at a time: each starts one code-server and one chromium.
  if (wanted('ui')) suites.push(runNodeSuite('ui', ['ui'], ['--test-concurrency=1']));
}
const total = suites.reduce((sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed, skipped: sum.skipped + (s.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
console.log(`\ntotal: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
