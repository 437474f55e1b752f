import { CODE_SET_2024_IN_FORCE_FROM, REGISTER_CODE_SETS } from '@attendance/domain';
import { AnalyticsStore } from '../store/analytics-store.js';

describe('register_codes table', () => {
  let store: AnalyticsStore;

  beforeAll(async () => {
    store = await AnalyticsStore.open({ path: ':memory:' });
  });

  afterAll(async () => {
    await store.close();
  });

  it('holds every code of every domain code set', async () => {
    const rows = await store.read((session) =>
      session.all('SELECT code_set, count(*) AS codes FROM register_codes GROUP BY 1 ORDER BY 1'),
    );
    expect(rows).toEqual(REGISTER_CODE_SETS.map((set) => ({ code_set: set.id, codes: set.codes.length })));
  });

  it.each([
    ['regulations-2006', 'H', 'authorised-absence', 'sess_auth_holiday', null, CODE_SET_2024_IN_FORCE_FROM],
    ['regulations-2006', 'J', 'approved-educational-activity', null, null, CODE_SET_2024_IN_FORCE_FROM],
    ['regulations-2024', 'J1', 'authorised-absence', 'sess_auth_other', CODE_SET_2024_IN_FORCE_FROM, null],
    ['regulations-2024', 'Y1', 'not-possible', null, CODE_SET_2024_IN_FORCE_FROM, null],
  ])('%s %s: %s, %s, in force %s to %s', async (codeSet, code, category, reasonColumn, from, to) => {
    const rows = await store.read((session) =>
      session.all('SELECT * FROM register_codes WHERE code_set = $code_set AND code = $code', {
        code_set: codeSet,
        code,
      }),
    );
    expect(rows).toEqual([
      {
        code_set: codeSet,
        code,
        category,
        reason_column: reasonColumn,
        in_force_from: from,
        in_force_to: to,
      },
    ]);
  });
});
