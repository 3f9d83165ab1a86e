// The test module the extension host loads (extensionTestsPath): runs every *.test.js beside it with
// mocha (tdd) and prints a closing `vscode: N passed, N failed` line from mocha's stats, which the
// runner (scripts/test.mjs) reads (CABLE_SUITE_NAME replaces the word `vscode`, e.g. `packaged`).
// CABLE_VSCODE_GREP narrows the run to matching test titles.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  if (process.env.CABLE_VSCODE_GREP) mocha.grep(process.env.CABLE_VSCODE_GREP);
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      const passed = stats?.passes ?? 0;
      const failed = stats?.failures ?? failures;
      console.log(`${process.env.CABLE_SUITE_NAME || 'vscode'}: ${passed} passed, ${failed} failed${stats?.pending ? `, ${stats.pending} skipped` : ''}`);
      if (failed > 0 || passed === 0) reject(new Error(`${failed} of ${passed + failed} extension-host tests failed`));
      else resolve();
    });
  });
}
