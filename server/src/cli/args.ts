/**
 * Command-line parsing. Hand-written (no dependency): `--name value`, `--name=value`, repeatable
 * `--rule`, `--` to end options. Errors are UsageError (exit status 2).
 */
import { FORMATS, type FormatName } from './report';
import { parseSize } from './read';
import type { CableDate } from '../core/tree';

export class UsageError extends Error {}

export type Command = 'lint' | 'parse' | 'rules' | 'refs' | 'help' | 'version';

export interface CliOptions {
  command: Command;
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  config?: string;
  noConfig: boolean;
  /** `--rule alias=severity`, in order. */
  rules: { name: string; severity: string }[];
  /** `--rule-option alias.option=json`, in order. */
  ruleOptions: { name: string; option: string; value: unknown; raw: string }[];
  stdinFilename?: string;
  maxSize: number;
  date?: CableDate;
  debug: boolean;
  /** Progress on a terminal; `--no-progress` turns it off. */
  progress: boolean;
  inputs: string[];
}

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

const VALUE_OPTIONS = new Set(['--format', '-f', '--config', '-c', '--rule', '--rule-option', '--stdin-filename', '--max-size', '--date']);
const FLAGS = new Set(['--fix', '--fix-dry-run', '--no-config', '--debug', '--help', '-h', '--version', '-v', '--no-progress']);

export function parseDate(text: string): CableDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    command: 'lint',
    format: 'text',
    fix: false,
    fixDryRun: false,
    noConfig: false,
    rules: [],
    ruleOptions: [],
    maxSize: DEFAULT_MAX_SIZE,
    debug: false,
    progress: true,
    inputs: [],
  };
  let formatGiven = false;
  let args = [...argv];
  if (args[0] === 'parse' || args[0] === 'rules' || args[0] === 'refs') {
    options.command = args[0];
    args = args.slice(1);
  }
  let onlyInputs = false;
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (FLAGS.has(arg)) {
      if (value !== undefined) throw new UsageError(`${arg} takes no value`);
    } else if (VALUE_OPTIONS.has(arg)) {
      if (value === undefined) {
        if (i + 1 >= args.length) throw new UsageError(`${arg} needs a value`);
        value = args[++i];
      }
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
    switch (arg) {
      case '--help':
      case '-h':
        options.command = 'help';
        break;
      case '--version':
      case '-v':
        options.command = 'version';
        break;
      case '--fix':
        options.fix = true;
        break;
      case '--fix-dry-run':
        options.fixDryRun = true;
        break;
      case '--no-config':
        options.noConfig = true;
        break;
      case '--debug':
        options.debug = true;
        break;
      case '--no-progress':
        options.progress = false;
        break;
      case '--format':
      case '-f':
        if (!(FORMATS as readonly string[]).includes(value!)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${value}"`);
        options.format = value as FormatName;
        formatGiven = true;
        break;
      case '--config':
      case '-c':
        options.config = value;
        break;
      case '--stdin-filename':
        options.stdinFilename = value;
        break;
      case '--max-size': {
        const size = parseSize(value!);
        if (!(size > 0)) throw new UsageError(`--max-size must be a size such as 10MB, 512KB or 20000, not "${value}"`);
        options.maxSize = size;
        break;
      }
      case '--date': {
        const date = parseDate(value!);
        if (!date) throw new UsageError(`--date must be a date YYYY-MM-DD, not "${value}"`);
        options.date = date;
        break;
      }
      case '--rule': {
        const match = /^([^=]+)=(.*)$/.exec(value!);
        if (!match) throw new UsageError(`--rule expects <rule>=<severity|off>, e.g. --rule tags=warning; got "${value}"`);
        options.rules.push({ name: match[1].trim(), severity: match[2].trim() });
        break;
      }
      case '--rule-option': {
        const match = /^([^.=]+)\.([^=]+)=(.*)$/.exec(value!);
        if (!match) throw new UsageError(`--rule-option expects <rule>.<option>=<json>, e.g. --rule-option 'tags.extraCodes=["XYZW"]'; got "${value}"`);
        let parsed: unknown;
        try {
          parsed = JSON.parse(match[3]);
        } catch {
          throw new UsageError(`--rule-option ${match[1]}.${match[2]}: the value must be JSON (strings in double quotes), got ${match[3]}`);
        }
        options.ruleOptions.push({ name: match[1].trim(), option: match[2].trim(), value: parsed, raw: value! });
        break;
      }
    }
  }
  if (options.command === 'parse' && formatGiven && options.format !== 'json') {
    throw new UsageError('parse prints JSON only (--format json)');
  }
  if ((options.command === 'parse' || options.command === 'rules') && (options.fix || options.fixDryRun)) {
    throw new UsageError(`--fix and --fix-dry-run apply to linting, not to ${options.command}`);
  }
  if (options.fix && options.fixDryRun) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (options.config !== undefined && options.noConfig) throw new UsageError('use either --config or --no-config, not both');
  return options;
}
