import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Collects bytes into fixed-size chunks and hands each full chunk to a write stream, waiting for 'drain' when
 * the stream is saturated. Callers reserve room before a burst of small writes (one pupil's rows), so the
 * hot path only copies bytes and memory stays at a few chunks however large the export.
 */
export class ByteChunkWriter {
  private chunk: Buffer;
  private position = 0;
  private written = 0;

  constructor(
    private readonly stream: Writable,
    private readonly chunkSize = 1 << 20,
  ) {
    this.chunk = Buffer.allocUnsafe(chunkSize);
  }

  get bytesWritten(): number {
    return this.written + this.position;
  }

  /** Makes sure `bytes` more can be appended without a flush, flushing (and waiting) first if needed. */
  async reserve(bytes: number): Promise<void> {
    if (this.position + bytes <= this.chunk.length) return;
    await this.flush();
    if (bytes > this.chunk.length) this.chunk = Buffer.allocUnsafe(bytes);
  }

  /** Appends bytes; the caller has reserved room. Short arrays are copied by hand: cheaper than a call into C++. */
  append(bytes: Uint8Array): void {
    const chunk = this.chunk;
    let position = this.position;
    const length = bytes.length;
    if (length > 32) {
      chunk.set(bytes, position);
      position += length;
    } else {
      for (let index = 0; index < length; index += 1) chunk[position++] = bytes[index] as number;
    }
    this.position = position;
  }

  async writeText(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    await this.reserve(bytes.length);
    this.append(bytes);
  }

  async flush(): Promise<void> {
    if (this.position === 0) return;
    const full = this.chunk.subarray(0, this.position);
    this.written += this.position;
    // The stream keeps a reference until the chunk is on disk, so the next bytes go into a fresh buffer.
    this.chunk = Buffer.allocUnsafe(this.chunkSize);
    this.position = 0;
    if (!this.stream.write(full)) await once(this.stream, 'drain');
  }

  /** Flushes what is left and closes the stream, resolving when the file is complete. */
  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}
