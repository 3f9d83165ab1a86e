/**
 * The batch loop of the read-only subcommands (`parse`, `refs`): expand the inputs, report the ones
 * that cannot be expanded or read, hand each cable to `handle`, and turn an exception on one cable
 * into one line on stderr instead of stopping the batch. Resolves to true when anything failed.
 */
import type { CliOptions } from './args';
import { loadCables, Progress, type LoadedCable } from './cables';
import { describeError } from './errors';
import { expandInputs } from './files';
import type { Io } from './sink';

export async function eachCable(options: CliOptions, io: Io, handle: (cable: LoadedCable) => Promise<void> | void): Promise<boolean> {
  const { inputs, errors } = expandInputs(options.inputs);
  let failed = errors.length > 0;
  for (const error of errors) await io.stderr.write(`cable-lint: ${error}\n`);
  const fail = async (name: string, message: string) => {
    failed = true;
    await io.stderr.write(`cable-lint: ${name}: ${message}\n`);
  };
  for await (const cable of loadCables(inputs, options, io, new Progress(io, inputs.length, options.progress), fail)) {
    try {
      await handle(cable);
    } catch (error) {
      await fail(cable.name, describeError(error, options.debug));
    }
  }
  return failed;
}
