import { open } from 'node:fs/promises';

// The header is read here rather than by DuckDB's sniffer: given a short row, the sniffer can decide the
// header is further down and silently skip the rows above it. With the header known, DuckDB reads the file
// with auto-detection off and rejects any row with the wrong number of fields.

const CHUNK_BYTES = 64 * 1024;
const MAX_HEADER_BYTES = 1024 * 1024;

/** The column names on the first line; an empty list for an empty file. */
export async function readCsvHeader(path: string): Promise<string[]> {
  const firstLine = await readFirstLine(path);
  if (firstLine.trim() === '') return [];
  return splitCsvLine(firstLine.replace(/^\uFEFF/, ''));
}

async function readFirstLine(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < MAX_HEADER_BYTES) {
      const buffer = Buffer.alloc(CHUNK_BYTES);
      const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, total);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      const newline = chunk.indexOf(0x0a);
      chunks.push(newline >= 0 ? chunk.subarray(0, newline) : chunk);
      total += bytesRead;
      if (newline >= 0) break;
    }
    return Buffer.concat(chunks).toString('utf8').replace(/\r$/, '');
  } finally {
    await file.close();
  }
}

/** Splits one CSV line on commas, honouring double quotes ("" inside quotes is a quote). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (quoted) {
      if (character === '"' && line[index + 1] === '"') {
        current += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else current += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      fields.push(current);
      current = '';
    } else current += character;
  }
  fields.push(current);
  return fields;
}
