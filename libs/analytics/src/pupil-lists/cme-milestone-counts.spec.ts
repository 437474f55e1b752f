import { addDays, CME_LA_MILESTONE_DAYS, type IsoDate } from '@attendance/domain';
import { CME_WEEKS_AS_OF, FERNSIDE, openCmeWeeksLa, type CmeWeeksLa } from './__fixtures__/cme-weeks-la.js';
import { readCmeMilestoneCounts } from './cme-milestone-counts.js';
import { queryCmeMilestoneList } from './cme-milestone-list.js';
import { LONG_STALE_DAYS } from './penalty-notice-and-cme-as-of.js';

// The counts by school take a run's older weeks from the loader-kept run tails where the list reads their
// marks; over Fernside's short weeks (__fixtures__/cme-weeks-la.ts: a bank holiday, an inset day, a # day, a
// missing session, a G week, the sixth half term splitting a week, runs beginning in short weeks) they must
// still be the list's length at every milestone, on dates inside and at the end of weeks, and long after its
// data stopped (where its latest weeks are older than the recent floor and their marks are read as the list
// does).

const WHOLE_LA = { schools: 'all', pupilLevel: false } as const;

describe('readCmeMilestoneCounts across short weeks', { timeout: 60_000 }, () => {
  let la: CmeWeeksLa;

  beforeAll(async () => {
    la = await openCmeWeeksLa();
  });

  afterAll(async () => {
    await la.close();
  });

  const counted = (asOf: IsoDate) =>
    la.store.read(async (session) => {
      const counts = await readCmeMilestoneCounts(session, { scope: WHOLE_LA, asOf });
      const [far] = await session.all('SELECT count(*) AS weeks FROM cme_far_reads');
      return { counts, farWeeksRead: Number(far?.['weeks']) };
    });

  it('counts the hand-counted runs of 24 June without reading a week older than the latest two', async () => {
    // Runs of 38, 36, 31, 27, 18, 17, 16 and 3 days (cme-milestone-weeks.spec.ts).
    const { counts, farWeeksRead } = await counted(CME_WEEKS_AS_OF);
    expect([...counts].sort((a, b) => a.milestone - b.milestone)).toEqual(
      [
        { milestone: 3, children: 8 },
        { milestone: 6, children: 7 },
        { milestone: 10, children: 7 },
        { milestone: 20, children: 4 },
      ].map((count) => expect.objectContaining({ urn: FERNSIDE.urn, ...count }) as unknown),
    );
    expect(counts).toHaveLength(4);
    expect(farWeeksRead).toBe(0);
  });

  it.each<IsoDate>([
    // The bank holiday Monday: that week's marks come after it, so the school's last school day is in the week
    // before, whose marks are read.
    '2026-05-04',
    '2026-05-06',
    '2026-05-15',
    '2026-05-20',
    '2026-06-03',
    '2026-06-05',
    '2026-06-12',
    '2026-06-17',
    '2026-06-19',
    CME_WEEKS_AS_OF,
    addDays(CME_WEEKS_AS_OF, LONG_STALE_DAYS + 14),
  ])('gives the list’s length at every milestone as of %s', async (asOf) => {
    const { counts } = await counted(asOf);
    for (const milestone of CME_LA_MILESTONE_DAYS) {
      const list = await queryCmeMilestoneList(la.store, { asOf, milestone, limit: 1 });
      const count = counts.find((entry) => entry.milestone === milestone)?.children ?? 0;
      expect(count, `${milestone} days`).toBe(list.length);
    }
  });
});
