import { createReadStream } from 'node:fs';

/**
 * `utf8` when the whole file is valid UTF-8, else `latin1`: the DfE's GIAS download has been Windows-1252,
 * while extracts saved by other tools (and the generator's) are UTF-8. A file of plain ASCII is both.
 */
export async function textEncodingOf(path: string): Promise<'utf8' | 'latin1'> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return 'utf8';
  } catch (error) {
    if (error instanceof TypeError) return 'latin1';
    throw error;
  }
}
