import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalyticsStore, WHOLE_LA_SCOPE } from '@attendance/analytics';
import type { AppConfig } from '../config/app-config.js';
import { AnalyticsCache } from './analytics-cache.js';

describe(AnalyticsCache.name, () => {
  let store: AnalyticsStore;
  let cache: AnalyticsCache;
  let computed: number;
  const compute = async () => {
    computed += 1;
    return { answer: computed };
  };

  beforeEach(async () => {
    store = await AnalyticsStore.open({ path: ':memory:' });
    cache = new AnalyticsCache(store, { analyticsCacheEntries: 3 } as AppConfig);
    computed = 0;
  });

  afterEach(() => store.close());

  it('answers a repeated question from the cache, and shares one computation between callers at once', async () => {
    const [first, second] = await Promise.all([
      cache.answer('laOverview', { from: '2026-09-01' }, WHOLE_LA_SCOPE, compute),
      cache.answer('laOverview', { from: '2026-09-01' }, WHOLE_LA_SCOPE, compute),
    ]);
    expect(first).toBe(second);
    expect(await cache.answer('laOverview', { from: '2026-09-01' }, WHOLE_LA_SCOPE, compute)).toBe(first);
    expect(computed).toBe(1);
  });

  it('keys by query, arguments and scope', async () => {
    await cache.answer('laOverview', { from: '2026-09-01' }, WHOLE_LA_SCOPE, compute);
    await cache.answer('cohortMeasures', { from: '2026-09-01' }, WHOLE_LA_SCOPE, compute);
    await cache.answer('laOverview', { from: '2026-09-02' }, WHOLE_LA_SCOPE, compute);
    const oneSchool = await cache.answer(
      'laOverview',
      { from: '2026-09-01' },
      { schools: ['100001'], pupilLevel: true },
      compute,
    );
    expect(oneSchool).toEqual({ answer: 4 });
    const sameSchoolsOtherOrder = { schools: ['100002', '100001'], pupilLevel: false };
    await cache.answer('laOverview', {}, { schools: ['100001', '100002'], pupilLevel: false }, compute);
    await cache.answer('laOverview', {}, sameSchoolsOtherOrder, compute);
    expect(computed).toBe(5);
  });

  it('forgets every answer once the store is written to (each load)', async () => {
    await cache.answer('laOverview', {}, WHOLE_LA_SCOPE, compute);
    await store.write((session) => session.run('DELETE FROM schools'));
    expect(await cache.answer('laOverview', {}, WHOLE_LA_SCOPE, compute)).toEqual({ answer: 2 });
    expect(cache.size).toBe(1);
  });

  it('does not keep a failed computation', async () => {
    const failing = () => Promise.reject(new RangeError('bad period'));
    await expect(cache.answer('laOverview', {}, WHOLE_LA_SCOPE, failing)).rejects.toThrow('bad period');
    expect(await cache.answer('laOverview', {}, WHOLE_LA_SCOPE, compute)).toEqual({ answer: 1 });
  });

  it('keeps at most the configured number of answers, dropping the least recently used', async () => {
    for (const from of ['a', 'b', 'c', 'd']) await cache.answer('q', { from }, WHOLE_LA_SCOPE, compute);
    expect(cache.size).toBe(3);
    await cache.answer('q', { from: 'a' }, WHOLE_LA_SCOPE, compute);
    expect(computed).toBe(5);
  });
});
