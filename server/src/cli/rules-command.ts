/** `cable-lint rules`: the catalogue, as a table or (--format json) as data. */
import { allRules } from '../core/rules';
import type { CliOptions } from './args';
import type { Io } from './sink';

export async function runRules(options: CliOptions, io: Io): Promise<number> {
  if (options.format === 'json') {
    const data = allRules.map((rule) => ({
      id: rule.id,
      alias: rule.alias,
      severity: rule.severity,
      fixable: rule.fixable,
      tags: rule.tags,
      description: rule.description,
      options: rule.options ?? {},
    }));
    await io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  const rows = [['ID', 'ALIAS', 'SEVERITY', 'FIXABLE', 'DESCRIPTION'], ...allRules.map((rule) => [rule.id, rule.alias, rule.severity, rule.fixable ? 'yes' : 'no', rule.description])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  '));
  await io.stdout.write(`${lines.join('\n')}\n`);
  if (allRules.length === 0) await io.stderr.write('cable-lint: no rules registered\n');
  return 0;
}
