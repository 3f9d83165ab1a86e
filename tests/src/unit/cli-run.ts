/**
 * Helpers for the CLI tests: they run the real bundled binary (`node server/out/cable-lint.js`) in a
 * child process, exactly as a user or CI job does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../../server/lib/core/lint';
import { LineIndex } from '../../../server/lib/core/text';
import type { LintConfig } from '../../../server/lib/core/config';
import type { CableDate } from '../../../server/lib/core/tree';

export const ROOT = join(__dirname, '../../..');
export const BIN = join(ROOT, 'server/out/cable-lint.js');
export const CLI_FIXTURES = join(ROOT, 'tests/fixtures/cli');
export const TASHKENT = join(CLI_FIXTURES, '09TASHKENT1503.cable');
/** The date the draft fixtures are judged against (they have no DTG). */
export const TODAY = '2009-09-18';
export const TODAY_DATE: CableDate = { year: 2009, month: 9, day: 18 };

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: options.env ?? { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  rule: string;
  message: string;
}

/** What the CLI must report for `text`: the core's findings, located 1-based. */
export function expectedFindings(file: string, text: string, config?: LintConfig): JsonFinding[] {
  const lines = new LineIndex(text);
  return lint(text, { config, today: TODAY_DATE }).findings.map((finding) => {
    const start = lines.positionAt(finding.start);
    const end = lines.positionAt(finding.end);
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      severity: finding.severity,
      code: finding.code,
      rule: finding.rule,
      message: finding.message,
    };
  });
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** 1-based number of the first line of `text` that starts with `prefix`. */
export function lineStartingWith(text: string, prefix: string): number {
  const index = text.split(/\r\n|\n|\r/).findIndex((line) => line.startsWith(prefix));
  if (index === -1) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
  return index + 1;
}

export function tempFolder(t: { after(fn: () => void): void }, prefix = 'cable-lint-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
