import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

const FLUSH_AT_CHARACTERS = 1 << 18;

/**
 * Writes a CSV file row by row as a source file is read, so a conversion never holds a whole file. Rows are
 * collected into a block and written when it is full; callers `flushIfFull` at a point they can await (after
 * each pupil or source row), which waits for the disk when the stream is saturated.
 */
export class CsvRowWriter {
  private readonly stream: WriteStream;
  private block: string[] = [];
  private blockCharacters = 0;
  /** A write that failed (e.g. a full disk) between two awaits; thrown at the next flush or close. */
  private failure: Error | null = null;

  constructor(path: string, header: readonly string[]) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.on('error', (error) => {
      this.failure ??= error;
    });
    this.push(header);
  }

  push(values: readonly string[]): void {
    const line = values.map(csvValue).join(',');
    this.block.push(line);
    this.blockCharacters += line.length + 1;
  }

  async flushIfFull(): Promise<void> {
    if (this.blockCharacters >= FLUSH_AT_CHARACTERS) await this.flush();
  }

  /** Writes what is left and closes the file. */
  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
    if (this.failure) throw this.failure;
  }

  /** Closes the file without caring for what is in it (the conversion failed; the folder is removed). */
  async abandon(): Promise<void> {
    this.block = [];
    if (this.stream.closed) return;
    const closed = once(this.stream, 'close');
    this.stream.destroy();
    await closed;
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.block.length === 0) return;
    const text = `${this.block.join('\n')}\n`;
    this.block = [];
    this.blockCharacters = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}

/**
 * One CSV value (RFC 4180 quoting). Line breaks become spaces: every converted record stays on one line, so
 * the loader's line numbers (rows counted from the header) and the file's physical lines are the same.
 */
function csvValue(value: string): string {
  const oneLine = value.replace(/[\r\n]+/g, ' ');
  return /[",]/.test(oneLine) ? `"${oneLine.replace(/"/g, '""')}"` : oneLine;
}
