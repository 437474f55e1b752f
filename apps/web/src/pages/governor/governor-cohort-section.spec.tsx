import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { GovernorCohortQuery } from '../../graphql/generated/graphql.js';
import { GovernorCohortSection } from './governor-cohort-section.js';
import { GOVERNOR_COHORTS, type PublishedSocialCare } from './governor-cohorts.js';

type Table = GovernorCohortQuery['school'];

const figure = (value: number | null) => ({ value, symbol: value === null ? 'c' : null });

function table(
  rows: [key: string | null, overall: number | null, pa: number | null, pupils: number | null][],
): Table {
  return {
    academicYear: '2026/27',
    periodStart: '2026-09-01',
    periodEnd: '2026-11-20',
    dataAsOf: '2026-11-20',
    staleSchools: [],
    symbols: [
      { symbol: 'c', meaning: 'Suppressed to protect confidentiality.' },
      { symbol: 'x', meaning: 'Not available.' },
    ],
    rows: rows.map(([key, overall, pa, pupils]) => ({
      all: [key === null],
      keys: [key],
      enrolments: figure(pupils),
      figures: [
        { name: 'sess_overall_percent', figure: figure(overall) },
        { name: 'enrolments_pa_10_exact_percent', figure: figure(pa) },
      ],
    })),
  };
}

const COHORT_TABLES: GovernorCohortQuery = {
  school: table([
    ['N', 4.1, 9.5, 120],
    ['Y', 18.3, 45, 12],
    [null, 5.2, 12.1, 132],
  ]),
  la: table([
    ['N', 4.8, 12.3, 5000],
    ['Y', 15.2, 40.4, 210],
    [null, 5.1, 13.4, 5210],
  ]),
};

const ENGLAND_CIN: PublishedSocialCare = {
  group: 'CIN',
  groupLabel: 'Children in need at 31 March (not on a child protection plan or looked after)',
  level: 'ENGLAND',
  areaName: 'England',
  phase: 'Primary',
  academicYear: '2024/25',
  periodLabel: 'Full academic year',
  methodLabel: 'Annual school census',
  summary: 'DfE annual school census, 2024/25, full academic year.',
  pupils: { value: 50670, symbol: null },
  overallAbsenceRate: { value: 10.9, symbol: null },
  // A symbol only the DfE's files use: explained from the DfE's meanings.
  persistentAbsenceRate: { value: null, symbol: 'k' },
};

function renderSection(published: PublishedSocialCare[], tables: GovernorCohortQuery = COHORT_TABLES) {
  const fetchMock = vi.fn<typeof fetch>(
    async () =>
      new Response(JSON.stringify({ data: tables }), {
        headers: { 'content-type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const cohort = GOVERNOR_COHORTS.find((entry) => entry.dimension === 'cin')!;
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <GovernorCohortSection
        urn="100001"
        schoolName="Larkfield Primary School"
        laName="Synthetic Borough Council"
        cohort={cohort}
        period={null}
        periodLabel="academic year 2026/27 to date"
        published={published}
        dfeSymbols={[
          { symbol: 'c', meaning: 'suppressed to protect confidentiality' },
          { symbol: 'k', meaning: 'rounds to 0 but is not 0' },
        ]}
      />
    </QueryClientProvider>,
  );
}

function cellsOf(tableElement: HTMLElement): { headers: string[]; rows: string[][] } {
  const [head, body] = within(tableElement).getAllByRole('rowgroup');
  return {
    headers: within(head!)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent ?? ''),
    rows: within(body!)
      .getAllByRole('row')
      .map((row) => Array.from(row.children).map((cell) => cell.textContent ?? '')),
  };
}

describe(GovernorCohortSection.name, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sets England's published figure for children in need beside the school's and LA's, labelled", async () => {
    renderSection([ENGLAND_CIN]);
    const { headers, rows } = cellsOf(
      await screen.findByRole('table', { name: /^By social worker involvement: child in need/ }),
    );
    const england = 'England, 2024/25 full academic year, annual school census';
    expect(headers).toEqual([
      'Child in need',
      'Pupils',
      'Overall absence: Larkfield Primary School',
      'Overall absence: Synthetic Borough Council',
      `Overall absence: ${england}`,
      'Persistent absence: Larkfield Primary School',
      'Persistent absence: Synthetic Borough Council',
      `Persistent absence: ${england}`,
    ]);
    expect(rows).toEqual([
      [
        'Not a child in need',
        '120',
        '4.1%',
        '4.8%',
        'x (Not available.)',
        '9.5%',
        '12.3%',
        'x (Not available.)',
      ],
      ['Child in need', '12', '18.3%', '15.2%', '10.9%', '45.0%', '40.4%', 'k (rounds to 0 but is not 0)'],
    ]);
    const note = screen.getByTestId('published-note-cin').textContent ?? '';
    expect(note).toMatch(
      /^England: the Department for Education's published figures for primary schools, 2024\/25/,
    );
    expect(note).toContain('(full academic year, annual school census)');
    expect(note).toContain('“Children in need at 31 March (not on a child protection plan or looked after)”');
    expect(note).toContain('beside the “Child in need” row only');
    expect(note).not.toContain('The school has no');
    // The key explains every symbol shown, the DfE's own `k` included.
    const key = screen.getByRole('heading', { name: 'Key to symbols' }).parentElement!;
    expect(
      within(key)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['x', 'k']);
  });

  it('says so when the school has no pupils in the group the DfE publishes', async () => {
    const noneInNeed = {
      school: table([
        ['N', 4.1, 9.5, 120],
        [null, 4.1, 9.5, 120],
      ]),
      la: COHORT_TABLES.la,
    };
    renderSection([ENGLAND_CIN], noneInNeed);
    await screen.findByRole('table', { name: /^By social worker involvement: child in need/ });
    expect(screen.getByTestId('published-note-cin').textContent).toMatch(
      /The school has no “Child in need” row for this period, so they are not shown\.$/,
    );
  });

  it('shows the school and LA only when the DfE publishes nothing for the group', async () => {
    renderSection([]);
    const { headers } = cellsOf(
      await screen.findByRole('table', { name: /^By social worker involvement: child in need/ }),
    );
    expect(headers).toHaveLength(6);
    expect(screen.queryByTestId('published-note-cin')).toBeNull();
  });
});
