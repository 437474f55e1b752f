import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary folder for hand-made source files, removed after the suite. */
export function useTempFolder(): { write: (name: string, text: string) => Promise<string> } {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'formats-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  return {
    write: async (name, text) => {
      const path = join(folder, name);
      await writeFile(path, text);
      return path;
    },
  };
}

/** Drains an async iterable into an array (readers stream; tests want everything). */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
