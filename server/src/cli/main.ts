/**
 * The `cable-lint` command (bundled to server/out/cable-lint.js, the package's bin).
 * Nothing here may end in a stack trace: usage and configuration errors are one line and exit
 * status 2; so is any unexpected error, unless --debug asks for the trace.
 */
import { parseArgs, UsageError, type CliOptions } from './args';
import { HELP } from './help';
import { describeError } from './errors';
import { runLint } from './lint-command';
import { toolInfo } from './package-info';
import { runParse } from './parse-command';
import { ReadError, readAll } from './read';
import { runRules } from './rules-command';
import { runRefs } from './refs-command';
import { streamSink, type Io } from './sink';
import { ConfigError } from '../node/config-check';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let options: CliOptions | undefined;
  try {
    options = parseArgs(argv);
    switch (options.command) {
      case 'help':
        await io.stdout.write(HELP);
        return 0;
      case 'version':
        await io.stdout.write(`${toolInfo().version}\n`);
        return 0;
      case 'rules':
        return await runRules(options, io);
      case 'parse':
        return await runParse(options, io);
      case 'refs':
        return await runRefs(options, io);
      default:
        return await runLint(options, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      await io.stderr.write(`cable-lint: ${error.message}\nRun "cable-lint --help" for usage.\n`);
    } else if (error instanceof ConfigError) {
      await io.stderr.write(`cable-lint: ${error.message}\n`);
    } else {
      await io.stderr.write(`cable-lint: ${describeError(error, options?.debug ?? argv.includes('--debug'))}\n`);
    }
    return 2;
  }
}

function processIo(): Io {
  return {
    stdout: streamSink(process.stdout),
    stderr: streamSink(process.stderr),
    readStdin(maxSize) {
      try {
        return readAll(0, maxSize);
      } catch (error) {
        if (error instanceof ReadError) throw error;
        throw new ReadError(`cannot read standard input (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
    },
  };
}

/** Last-resort handling: whatever escapes is one line and exit status 2 (the trace with --debug). */
function fatal(error: unknown, what = ''): never {
  const debug = process.argv.includes('--debug');
  process.stderr.write(`cable-lint: ${what}${describeError(error, debug)}\n`);
  process.exit(2);
}

if (require.main === module) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that goes away (`cable-lint ... | head`) is not an error worth a message.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // A full disk or a closed descriptor: say so in one line.
    process.stderr.write(`cable-lint: cannot write the output (${error.code ?? error.message})\n`);
    process.exit(2);
  });
  process.on('uncaughtException', (error) => fatal(error));
  process.on('unhandledRejection', (error) => fatal(error));
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => fatal(error),
  );
}
