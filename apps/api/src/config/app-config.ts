import { resolve } from 'node:path';
import { CronTime } from 'cron';
import { z } from 'zod';
import { findArea, regionOfLa } from '@attendance/dfe-benchmarks';

/** Every setting comes from the environment; README lists them. Bad values stop start-up with the reason. */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./.data'),
  DATABASE_URL: z.string().url().optional(),
  LA_NAME: z.string().min(1).optional(),
  LA_CODE: z
    .string()
    .refine(
      (code) => findArea('la', code) !== undefined,
      'expected an LA in the DfE files, e.g. 935 or E10000029',
    )
    .optional(),
  REGION_CODE: z
    .string()
    .refine((code) => findArea('region', code) !== undefined, 'expected a region code, e.g. E12000006')
    .optional(),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  INGEST_FOLDER: z.string().min(1).optional(),
  INGEST_SCHEDULE: z
    .string()
    .default('0 2 * * *')
    .refine(isCronExpression, 'expected a cron expression such as "0 2 * * *" (02:00 every night)'),
  DEMO_SCHOOLS: z.coerce.number().int().positive().optional(),
  DEMO_PUPILS: z.coerce.number().int().positive().optional(),
  DEMO_SEED: z.coerce.number().int().optional(),
  ANALYTICS_CACHE_ENTRIES: z.coerce.number().int().min(1).default(500),
  DEMO_AS_OF: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    .optional(),
});

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly laName: string | undefined;
  /**
   * Where the LA sits among the DfE's published figures: its own code (for its published figures) and its
   * region (from the code, or REGION_CODE for an LA the files do not hold, such as the synthetic demo LA).
   */
  readonly comparison: { readonly laCode: string | undefined; readonly regionCode: string | undefined };
  /** How many answers the API keeps between loads (least recently used dropped first). */
  readonly analyticsCacheEntries: number;
  /** The drop folder schools' exports arrive in; with it set, the API loads it on a schedule and on demand. */
  readonly ingest: { readonly folder: string | undefined; readonly schedule: string };
  readonly demo: {
    readonly enabled: boolean;
    readonly schools: number | undefined;
    readonly pupils: number | undefined;
    readonly seed: number | undefined;
    readonly asOf: string | undefined;
  };
}

export const APP_CONFIG = Symbol('AppConfig');

export function parseAppConfig(environment: NodeJS.ProcessEnv): AppConfig {
  // An empty variable (DATABASE_URL= in a compose file or a test) means "not set", as in most tools.
  const setVariables = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(setVariables);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration in the environment:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    laName: env.LA_NAME,
    comparison: {
      laCode: env.LA_CODE,
      regionCode: env.REGION_CODE ?? (env.LA_CODE ? regionOfLa(env.LA_CODE)?.code : undefined),
    },
    analyticsCacheEntries: env.ANALYTICS_CACHE_ENTRIES,
    ingest: {
      folder: env.INGEST_FOLDER ? resolve(env.INGEST_FOLDER) : undefined,
      schedule: env.INGEST_SCHEDULE,
    },
    demo: {
      enabled: env.DEMO_DATA === 'auto',
      schools: env.DEMO_SCHOOLS,
      pupils: env.DEMO_PUPILS,
      seed: env.DEMO_SEED,
      asOf: env.DEMO_AS_OF,
    },
  };
}

function isCronExpression(expression: string): boolean {
  try {
    new CronTime(expression);
    return true;
  } catch {
    return false;
  }
}
