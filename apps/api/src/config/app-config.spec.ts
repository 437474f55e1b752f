import { describe, expect, it } from 'vitest';
import { parseAppConfig } from './app-config.js';

describe(parseAppConfig.name, () => {
  it('defaults to port 3000, ./.data and demo data on', () => {
    const config = parseAppConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe(`${process.cwd()}/.data`);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demo.enabled).toBe(true);
    expect(config.ingest).toEqual({ folder: undefined, schedule: '0 2 * * *' });
  });

  it('reads every setting from the environment', () => {
    const config = parseAppConfig({
      PORT: '0',
      DATA_DIR: '/var/lib/attendance',
      DATABASE_URL: 'postgres://u:p@db:5432/attendance',
      DEMO_DATA: 'off',
      DEMO_SCHOOLS: '5',
      DEMO_AS_OF: '2026-11-20',
      INGEST_FOLDER: '/srv/drop',
      INGEST_SCHEDULE: '30 1 * * 1-5',
    });
    expect(config).toMatchObject({
      port: 0,
      dataDir: '/var/lib/attendance',
      databaseUrl: 'postgres://u:p@db:5432/attendance',
      demo: { enabled: false, schools: 5, asOf: '2026-11-20' },
      ingest: { folder: '/srv/drop', schedule: '30 1 * * 1-5' },
    });
  });

  it("places the LA among the DfE's figures: its region from its code, or REGION_CODE", () => {
    expect(parseAppConfig({ LA_CODE: '935' }).comparison).toEqual({
      laCode: '935',
      regionCode: 'E12000006',
    });
    expect(parseAppConfig({ REGION_CODE: 'E12000007' }).comparison).toEqual({
      laCode: undefined,
      regionCode: 'E12000007',
    });
    expect(parseAppConfig({}).comparison).toEqual({ laCode: undefined, regionCode: undefined });
    expect(parseAppConfig({ ANALYTICS_CACHE_ENTRIES: '20' }).analyticsCacheEntries).toBe(20);
    expect(() => parseAppConfig({ LA_CODE: '999' })).toThrow(/LA_CODE: expected an LA in the DfE files/);
    expect(() => parseAppConfig({ REGION_CODE: 'E99' })).toThrow(/REGION_CODE: expected a region code/);
  });

  it('treats an empty variable as unset', () => {
    expect(parseAppConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it('names each bad setting', () => {
    const parse = () =>
      parseAppConfig({ PORT: 'eighty', DEMO_AS_OF: '20/11/2026', INGEST_SCHEDULE: 'nightly' });
    expect(parse).toThrow(/^Invalid configuration in the environment:/);
    expect(parse).toThrow(/\n\s+PORT: /);
    expect(parse).toThrow(/\n\s+DEMO_AS_OF: expected a date as YYYY-MM-DD/);
    expect(parse).toThrow(/\n\s+INGEST_SCHEDULE: expected a cron expression/);
  });
});
