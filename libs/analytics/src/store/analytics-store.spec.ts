import { join } from 'node:path';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { AnalyticsStore } from './analytics-store.js';
import type { SqlSession } from './sql-session.js';

const INSERT_SCHOOL = `INSERT INTO schools (urn, school_id, laestab, name, phase, type)
  VALUES ($urn, CAST($urn AS INTEGER), '9992001', 'Alder Primary School', 'Primary', 'Community school')`;
const countSchools = (store: AnalyticsStore) =>
  store.read(async (session) => (await session.all('SELECT count(*) AS n FROM schools'))[0]?.['n']);

describe(AnalyticsStore.name, () => {
  let folder: string;

  beforeEach(async () => {
    folder = await makeTempFolder();
  });

  afterEach(async () => {
    await removeFolder(folder);
  });

  it('keeps data in its file across close and open', async () => {
    const path = join(folder, 'analytics.duckdb');
    const first = await AnalyticsStore.open({ path });
    await first.write((session) => session.run(INSERT_SCHOOL, { urn: '900001' }));
    await first.close();

    const second = await AnalyticsStore.open({ path });
    try {
      expect(await countSchools(second)).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('shares one database between stores open on the same file in a process', async () => {
    const path = join(folder, 'analytics.duckdb');
    const writer = await AnalyticsStore.open({ path });
    const reader = await AnalyticsStore.open({ path });
    await writer.write((session) => session.run(INSERT_SCHOOL, { urn: '900001' }));
    expect(await countSchools(reader)).toBe(1);
    await writer.close();
    expect(await countSchools(reader)).toBe(1); // still open: the other store's close did not end it
    await reader.close();
  });

  it('keeps each in-memory store separate', async () => {
    const one = await AnalyticsStore.open({ path: ':memory:' });
    const two = await AnalyticsStore.open({ path: ':memory:' });
    try {
      await one.write((session) => session.run(INSERT_SCHOOL, { urn: '900001' }));
      expect(await countSchools(two)).toBe(0);
    } finally {
      await one.close();
      await two.close();
    }
  });

  describe('with an open in-memory store', () => {
    let store: AnalyticsStore;

    beforeEach(async () => {
      store = await AnalyticsStore.open({ path: ':memory:' });
      await store.write((session) => session.run(INSERT_SCHOOL, { urn: '900001' }));
    });

    afterEach(async () => {
      await store.close();
    });

    it('rolls a failed transaction back', async () => {
      const failing = store.write((session) =>
        session.transaction(async () => {
          await session.run('DELETE FROM schools');
          throw new Error('failed half way');
        }),
      );
      await expect(failing).rejects.toThrow('failed half way');
      expect(await countSchools(store)).toBe(1);
    });

    it('changes its data version with every write and never with a read', async () => {
      const before = store.dataVersion;
      await store.read((session) => session.all('SELECT count(*) FROM schools'));
      expect(store.dataVersion).toBe(before);
      await store.write((session) => session.run(INSERT_SCHOOL, { urn: '900003' }));
      expect(store.dataVersion).toBe(before + 1);
    });

    it('does not let a read change data', async () => {
      await expect(store.read((session) => session.run('DELETE FROM schools'))).rejects.toThrow(/read-only/i);
      expect(await countSchools(store)).toBe(1);
    });

    it('runs writes one at a time in the order they were asked for', async () => {
      const order: string[] = [];
      const slow = store.write(async (session) => {
        await session.run(INSERT_SCHOOL, { urn: '900002' });
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push('slow');
      });
      const fast = store.write(async () => {
        order.push('fast');
      });
      await Promise.all([slow, fast]);
      expect(order).toEqual(['slow', 'fast']);
    });

    it('runs DuckDB on one thread while loads run side by side, and on its own count otherwise', async () => {
      // duckdb_settings() is read when the query runs (current_setting would be fixed when it is prepared).
      const threads = async (session: SqlSession) =>
        Number(
          (await session.all(`SELECT value FROM duckdb_settings() WHERE name = 'threads'`))[0]?.['value'],
        );
      const ownThreads = await store.read(threads);
      // Both loads read the setting while both are running: neither finishes before the other has read.
      const barrier = (parties: number) => {
        let arrived = 0;
        let open = () => {};
        const opened = new Promise<void>((resolve) => (open = resolve));
        return async () => {
          arrived += 1;
          if (arrived === parties) open();
          await opened;
        };
      };
      const bothStarted = barrier(2);
      const bothRead = barrier(2);
      const load = () =>
        store.writeShared(async (session) => {
          await bothStarted();
          const seen = await threads(session);
          await bothRead();
          return seen;
        });
      expect(await Promise.all([load(), load()])).toEqual([1, 1]);
      expect(await store.read(threads)).toBe(ownThreads);
      expect(await store.writeShared(threads)).toBe(ownThreads); // a load on its own keeps every thread
    });

    it('can ensure its schema again without changing anything', async () => {
      const codes = () =>
        store.read((session) => session.all('SELECT * FROM register_codes ORDER BY code_set, code'));
      const before = await codes();
      await store.ensureSchema();
      expect(await codes()).toEqual(before);
      expect(await countSchools(store)).toBe(1);
    });

    it('refuses work once closed', async () => {
      await store.close();
      await expect(countSchools(store)).rejects.toThrow(/closed/);
    });
  });
});
