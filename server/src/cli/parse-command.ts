/** `cable-lint parse <inputs>`: one JSON array with the metadata of each cable (see core/metadata.ts). */
import { extractMetadata } from '../core/metadata';
import { parse } from '../core/parser';
import { UsageError, type CliOptions } from './args';
import { eachCable } from './each-cable';
import type { Io } from './sink';

export async function runParse(options: CliOptions, io: Io): Promise<number> {
  if (options.inputs.length === 0) throw new UsageError('parse: no files given');
  let count = 0;
  await io.stdout.write('[');
  const failed = await eachCable(options, io, async (cable) => {
    const metadata = { file: cable.name, ...extractMetadata(parse(cable.file.text), { date: options.date }) };
    const json = JSON.stringify(metadata, null, 2).replace(/\n/g, '\n  ');
    await io.stdout.write(`${count++ === 0 ? '\n  ' : ',\n  '}${json}`);
  });
  await io.stdout.write(count ? '\n]\n' : ']\n');
  return failed ? 2 : 0;
}
