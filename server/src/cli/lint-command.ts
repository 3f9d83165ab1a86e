/**
 * `cable-lint [options] <inputs>`: lint (and with --fix, fix) each cable in turn, streaming the
 * report. Exit status: 0 no errors, 1 errors found (or, with --fix-dry-run, fixes pending),
 * 2 bad usage, a bad configuration or a file that could not be read or written.
 */
import { isAbsolute } from 'node:path';
import { fixAll, lint, type LintOptions } from '../core/lint';
import { allRules } from '../core/rules';
import { LineIndex } from '../core/text';
import type { Severity } from '../core/rule';
import { ConfigError } from '../node/config-check';
import { UsageError, type CliOptions } from './args';
import { loadCables, Progress, type LoadedCable } from './cables';
import { unifiedDiff } from './diff';
import { describeError } from './errors';
import { expandInputs } from './files';
import { toolInfo } from './package-info';
import { locate, makeReporter } from './report';
import { ConfigResolver } from './settings';
import type { Io } from './sink';
import { writeFileAtomic, WriteError } from './write';
import { folderResolver } from './refs-command';

export interface RunState {
  /** Something could not be read, written or configured: exit status 2. */
  failed: boolean;
}

export async function runLint(options: CliOptions, io: Io): Promise<number> {
  if (options.inputs.length === 0) throw new UsageError('no files given (use a file, folder, glob, or - for standard input)');
  if (options.fix && options.inputs.includes('-')) {
    throw new UsageError('--fix cannot rewrite standard input; use --fix-dry-run to see the changes');
  }
  const resolver = new ConfigResolver(options, allRules);
  const { inputs, errors } = expandInputs(options.inputs);
  const state: RunState = { failed: errors.length > 0 };
  for (const error of errors) await io.stderr.write(`cable-lint: ${error}\n`);

  const reporter = makeReporter(options.format, allRules, toolInfo());
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let linted = 0;
  let withFindings = 0;
  let fixedFiles = 0;
  let fixesApplied = 0;
  const reportedConfigErrors = new Set<string>();
  /** Cables skipped because a configuration file that governs them is bad (counted, not listed:
   *  one bad file can cover thousands of cables). */
  let notConfigured = 0;
  const fail = async (name: string, message: string) => {
    state.failed = true;
    await io.stderr.write(`cable-lint: ${name}: ${message}\n`);
  };
  const progress = new Progress(io, inputs.length, options.progress);
  // A folder is a workspace: its cables are indexed first for the reference-target rule.
  const resolveCable = folderResolver(options.inputs, inputs, options.maxSize);

  if (!options.fixDryRun) await io.stdout.write(reporter.begin());
  for await (const cable of loadCables(inputs, options, io, progress, fail)) {
    let lintOptions: LintOptions;
    try {
      lintOptions = { config: resolver.configFor(cable.configPath), today: options.date, resolveCable };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      state.failed = true;
      if (!reportedConfigErrors.has(error.message)) {
        reportedConfigErrors.add(error.message);
        await progress.clear();
        await io.stderr.write(`cable-lint: ${error.message}\n`);
      }
      notConfigured++;
      continue;
    }
    try {
      if (options.fixDryRun) {
        const result = fixAll(cable.file.text, lintOptions);
        if (result.text !== cable.file.text) {
          fixedFiles++;
          fixesApplied += result.applied;
          await progress.clear();
          await io.stdout.write(unifiedDiff(cable.file.text, result.text, ...diffNames(cable.name)));
        }
        linted++;
        continue;
      }
      let text = cable.file.text;
      if (options.fix) {
        const fixed = await applyFixes(cable, lintOptions, fail);
        if (fixed) {
          text = fixed.text;
          fixedFiles++;
          fixesApplied += fixed.applied;
        }
      }
      const { findings } = lint(text, lintOptions);
      const lines = new LineIndex(text);
      const located = findings.map((finding) => locate(cable.name, lines, finding));
      for (const finding of located) counts[finding.severity]++;
      if (located.length) withFindings++;
      linted++;
      const output = reporter.file(cable.name, cable.path, located);
      if (output) {
        await progress.clear();
        await io.stdout.write(output);
      }
    } catch (error) {
      await progress.clear();
      await fail(cable.name, describeError(error, options.debug));
    }
  }
  if (!options.fixDryRun) await io.stdout.write(reporter.end());
  if (notConfigured) {
    await io.stderr.write(`cable-lint: ${plural(notConfigured, 'file')} not linted because of the configuration error above\n`);
  }

  if (options.fixDryRun) {
    await io.stderr.write(
      fixedFiles
        ? `cable-lint: ${fixesApplied} fix${fixesApplied === 1 ? '' : 'es'} would change ${fixedFiles} of ${linted} file${linted === 1 ? '' : 's'} (run with --fix to apply)\n`
        : `cable-lint: nothing to fix in ${linted} file${linted === 1 ? '' : 's'}\n`,
    );
    return state.failed ? 2 : fixedFiles ? 1 : 0;
  }
  if (options.format === 'text') await io.stderr.write(summary(counts, linted, withFindings, options.fix ? { fixedFiles, fixesApplied } : undefined));
  if (state.failed) return 2;
  return counts.error > 0 ? 1 : 0;
}

/** Applies the safe fixes and writes the file; returns the new text, or undefined when nothing
 *  changed or the file could not be written (reported; the file stays as it was). */
async function applyFixes(
  cable: LoadedCable,
  lintOptions: LintOptions,
  fail: (name: string, message: string) => Promise<void>,
): Promise<{ text: string; applied: number } | undefined> {
  const result = fixAll(cable.file.text, lintOptions);
  if (result.text === cable.file.text || cable.path === undefined) return undefined;
  if (!cable.file.validUtf8) {
    await fail(cable.name, 'not valid UTF-8: not rewritten by --fix (it would damage the undecodable bytes)');
    return undefined;
  }
  try {
    writeFileAtomic(cable.path, (cable.file.bom ? '\ufeff' : '') + result.text);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    await fail(cable.name, error.message);
    return undefined;
  }
  return result;
}

/** `a/` and `b/` prefixes as git writes them, for relative names (an absolute name stays as is). */
function diffNames(name: string): [string, string] {
  return isAbsolute(name) ? [name, name] : [`a/${name}`, `b/${name}`];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summary(
  counts: Record<Severity, number>,
  linted: number,
  withFindings: number,
  fixed?: { fixedFiles: number; fixesApplied: number },
): string {
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const fixedText = fixed ? `; fixed ${plural(fixed.fixesApplied, 'problem')} in ${plural(fixed.fixedFiles, 'file')}` : '';
  if (total === 0) return `cable-lint: no problems in ${plural(linted, 'file')}${fixedText}\n`;
  return (
    `cable-lint: ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
    `${counts.info} info, ${plural(counts.hint, 'hint')}) in ${withFindings} of ${plural(linted, 'file')}${fixedText}\n`
  );
}
