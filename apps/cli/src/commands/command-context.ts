import { resolve } from 'node:path';

/** Every command stores its data under DATA_DIR (default ./.data), like the API. */
export function dataDirFromEnvironment(environment: NodeJS.ProcessEnv = process.env): string {
  return resolve(environment['DATA_DIR'] || './.data');
}

export class UsageError extends Error {
  override name = 'UsageError';
}
