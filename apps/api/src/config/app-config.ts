import { resolve } from 'node:path';
import { CronTime } from 'cron';
import { z } from 'zod';

/** Every setting comes from the environment; README lists them. Bad values stop start-up with the reason. */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./.data'),
  DATABASE_URL: z.string().url().optional(),
  LA_NAME: z.string().min(1).optional(),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  INGEST_FOLDER: z.string().min(1).optional(),
  INGEST_SCHEDULE: z
    .string()
    .default('0 2 * * *')
    .refine(isCronExpression, 'expected a cron expression such as "0 2 * * *" (02:00 every night)'),
  DEMO_SCHOOLS: z.coerce.number().int().positive().optional(),
  DEMO_PUPILS: z.coerce.number().int().positive().optional(),
  DEMO_SEED: z.coerce.number().int().optional(),
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
