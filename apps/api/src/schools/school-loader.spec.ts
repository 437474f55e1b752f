import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnalyticsStore, WHOLE_LA_SCOPE } from '@attendance/analytics';
import { SchoolLoaders } from './school-loader.js';

describe(SchoolLoaders.name, () => {
  let store: AnalyticsStore;

  beforeAll(async () => {
    store = await AnalyticsStore.open({ path: ':memory:' });
    await store.write((session) =>
      session.run(`INSERT INTO schools VALUES
        ('100001', 1, '9992001', 'Alder Primary', 'Primary', 'Community'),
        ('100002', 2, '9994001', 'Birch Academy', 'Secondary', 'Academy converter')`),
    );
  });

  afterAll(() => store.close());

  it("looks up every row's school of one request in one read, and remembers it for the request", async () => {
    const loaders = new SchoolLoaders(store);
    const reads = vi.spyOn(store, 'read');
    const request = {};
    const schools = await Promise.all(
      ['100001', '100002', '100001'].map((urn) => loaders.load(request, WHOLE_LA_SCOPE, urn)),
    );
    expect(schools.map((school) => school.name)).toEqual(['Alder Primary', 'Birch Academy', 'Alder Primary']);
    await loaders.load(request, WHOLE_LA_SCOPE, '100002');
    expect(reads).toHaveBeenCalledTimes(1);
    await loaders.load({}, WHOLE_LA_SCOPE, '100002');
    expect(reads).toHaveBeenCalledTimes(2);
    reads.mockRestore();
  });

  it("refuses a school outside the request's scope as a fault", async () => {
    const loaders = new SchoolLoaders(store);
    await expect(loaders.load({}, { schools: ['100001'], pupilLevel: true }, '100002')).rejects.toThrow(
      /School 100002 was in an answer but not in the store or the scope/,
    );
  });
});
