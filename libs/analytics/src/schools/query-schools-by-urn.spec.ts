import { AnalyticsStore } from '../store/analytics-store.js';
import { querySchoolsByUrn } from './query-schools-by-urn.js';

describe(querySchoolsByUrn.name, () => {
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

  it('answers every URN in the order asked, null where unknown or outside the scope', async () => {
    expect(await querySchoolsByUrn(store, ['100002', '100009', '100001'])).toEqual([
      {
        urn: '100002',
        name: 'Birch Academy',
        phase: 'Secondary',
        type: 'Academy converter',
        laestab: '9994001',
      },
      null,
      { urn: '100001', name: 'Alder Primary', phase: 'Primary', type: 'Community', laestab: '9992001' },
    ]);
    expect(
      await querySchoolsByUrn(store, ['100001', '100002'], { schools: ['100002'], pupilLevel: false }),
    ).toEqual([null, expect.objectContaining({ urn: '100002' })]);
    expect(await querySchoolsByUrn(store, [])).toEqual([]);
  });

  it('refuses a key that is not a URN', async () => {
    await expect(querySchoolsByUrn(store, ["1' OR 1=1"])).rejects.toThrow(/is not a URN/);
  });
});
