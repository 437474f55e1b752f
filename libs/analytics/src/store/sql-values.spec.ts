import { AnalyticsStore } from './analytics-store.js';
import { toSqlValue } from './sql-values.js';

describe(toSqlValue.name, () => {
  let store: AnalyticsStore;

  beforeAll(async () => {
    store = await AnalyticsStore.open({ path: ':memory:' });
  });

  afterAll(async () => {
    await store.close();
  });

  it('turns DuckDB integers, dates and decimals into plain values at the edge', async () => {
    const [row] = await store.read((session) =>
      session.all(`
        SELECT 3::BIGINT AS big, sum(x) AS huge, DATE '2024-09-02' AS day, 1.25::DECIMAL(5, 2) AS decimal,
          TIMESTAMP '2024-09-02 08:30:00' AS moment, 'text' AS text, true AS flag, NULL AS nothing
        FROM (SELECT 2::BIGINT AS x)`),
    );
    expect(row).toEqual({
      big: 3,
      huge: 2,
      day: '2024-09-02',
      decimal: 1.25,
      moment: '2024-09-02 08:30:00',
      text: 'text',
      flag: true,
      nothing: null,
    });
  });

  it('refuses an integer a JavaScript number cannot hold exactly', async () => {
    await expect(
      store.read((session) => session.all('SELECT 9007199254740993::BIGINT AS n')),
    ).rejects.toThrow(RangeError);
  });
});
