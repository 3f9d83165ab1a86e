/** `cable-lint parse <inputs>`: one JSON array with the metadata of each cable (see core/metadata.ts). */
import { extractMetadata } from '../core/metadata';
import { parse } from '../core/parser';
import { UsageError, type CliOptions } from './args';
import { loadCables, Progress } from './cables';
import { expandInputs } from './files';
import { describeError } from './errors';
import type { Io } from './sink';

export async function runParse(options: CliOptions, io: Io): Promise<number> {
  if (options.inputs.length === 0) throw new UsageError('parse: no files given');
  const { inputs, errors } = expandInputs(options.inputs);
  let failed = errors.length > 0;
  for (const error of errors) await io.stderr.write(`cable-lint: ${error}\n`);
  const fail = async (name: string, message: string) => {
    failed = true;
    await io.stderr.write(`cable-lint: ${name}: ${message}\n`);
  };
  let count = 0;
  await io.stdout.write('[');
  for await (const cable of loadCables(inputs, options, io, new Progress(io, inputs.length, options.progress), fail)) {
    try {
      const metadata = { file: cable.name, ...extractMetadata(parse(cable.file.text), { date: options.date }) };
      const json = JSON.stringify(metadata, null, 2).replace(/\n/g, '\n  ');
      await io.stdout.write(`${count++ === 0 ? '\n  ' : ',\n  '}${json}`);
    } catch (error) {
      await fail(cable.name, describeError(error, options.debug));
    }
  }
  await io.stdout.write(count ? '\n]\n' : ']\n');
  return failed ? 2 : 0;
}
