import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, postGraphqlExpectingErrors } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

// A school's dashboard over GraphQL: its figures agree with the LA overview's row for it, similar schools
// share its phase (looked up through the per-request school loader), and comparisons set it beside the LA and
// the DfE's published figures for the configured region and England, each labelled with year and method.

const MEASURES = /* GraphQL */ `
  fragment Measures on AttendanceMeasures {
    enrolments
    possibleSessions
    attendedSessions
    persistentAbsentees
    severeAbsentees
    attendanceRate
  }
`;

const COMPARISONS = /* GraphQL */ `
  fragment ComparisonFields on Comparisons {
    phase
    own {
      level
      label
      measures {
        ...Measures
      }
    }
    published {
      level
      areaName
      phase
      method
      academicYear
      periodLabel
      summary
      sourceUrl
      overallAbsenceRate {
        value
        symbol
      }
      severeAbsenceRate {
        value
        symbol
      }
    }
    socialCare {
      group
      groupLabel
      level
      areaName
      phase
      method
      methodLabel
      academicYear
      periodLabel
      pupils {
        value
        symbol
      }
      overallAbsenceRate {
        value
        symbol
      }
      persistentAbsenceRate {
        value
        symbol
      }
    }
    notes
    attribution
  }
`;

const LA_OVERVIEW = /* GraphQL */ `
  query {
    laOverview {
      academicYear
      headline {
        ...Measures
      }
      schools {
        urn
        phase
        measures {
          ...Measures
        }
      }
      comparisons {
        ...ComparisonFields
      }
    }
  }
  ${MEASURES}
  ${COMPARISONS}
`;

const SCHOOL_OVERVIEW = /* GraphQL */ `
  query ($urn: String!) {
    schoolOverview(urn: $urn) {
      academicYear
      urn
      school {
        name
        phase
      }
      lastMarkDate
      headline {
        ...Measures
      }
      weeklyTrend {
        possibleSessions
      }
      fsmPercent
      senPercent
      similarSchools {
        urn
        distance
        fsmPercent
        senPercent
        school {
          phase
        }
        measures {
          ...Measures
        }
      }
      comparisons {
        ...ComparisonFields
      }
    }
  }
  ${MEASURES}
  ${COMPARISONS}
`;

const PUBLISHED = /* GraphQL */ `
  query ($urn: String) {
    publishedCohortMeasures(dimensions: [yearGroup, senProvision], urn: $urn) {
      urn
      sensitive
      staleSchools
      symbols {
        symbol
        meaning
      }
      rows {
        keys
        all
        enrolments {
          value
          symbol
        }
        figures {
          name
          figure {
            value
            symbol
          }
        }
      }
    }
  }
`;

const RAW_MEASURES = /* GraphQL */ `
  query {
    cohortMeasures(dimensions: [school]) {
      groups {
        keys
        all
        measures {
          enrolments
        }
      }
    }
  }
`;

interface PublishedFigure {
  value: number | null;
  symbol: string | null;
}

interface PublishedResponse {
  publishedCohortMeasures: {
    urn: string | null;
    sensitive: boolean;
    staleSchools: string[];
    symbols: { symbol: string; meaning: string }[];
    rows: {
      keys: (string | null)[];
      all: boolean[];
      enrolments: PublishedFigure;
      figures: { name: string; figure: PublishedFigure }[];
    }[];
  };
}

interface RawResponse {
  cohortMeasures: { groups: { keys: (string | null)[]; all: boolean[]; measures: { enrolments: number } }[] };
}

const DFE_FILE = /* GraphQL */ `
  query {
    dfeAbsenceFile(
      laCode: "999"
      newLaCode: "E99999999"
      laName: "Synthetic Borough"
      regionCode: "E12000007"
      regionName: "London"
    ) {
      fileName
      contentType
      rowCount
      csv
    }
  }
`;

interface DfeFileResponse {
  dfeAbsenceFile: { fileName: string; contentType: string; rowCount: number; csv: string };
}

interface Measures {
  enrolments: number;
  possibleSessions: number;
  attendedSessions: number;
  persistentAbsentees: number;
  severeAbsentees: number;
  attendanceRate: number | null;
}

interface ComparisonFields {
  phase: string;
  own: { level: string; label: string; measures: Measures }[];
  published: {
    level: string;
    areaName: string;
    phase: string;
    method: string;
    academicYear: string;
    periodLabel: string;
    summary: string;
    sourceUrl: string;
    overallAbsenceRate: { value: number | null; symbol: string | null };
    severeAbsenceRate: { value: number | null; symbol: string | null };
  }[];
  socialCare: {
    group: string;
    groupLabel: string;
    level: string;
    areaName: string;
    phase: string;
    method: string;
    methodLabel: string;
    academicYear: string;
    periodLabel: string;
    pupils: { value: number | null; symbol: string | null };
    overallAbsenceRate: { value: number | null; symbol: string | null };
    persistentAbsenceRate: { value: number | null; symbol: string | null };
  }[];
  notes: string[];
  attribution: string;
}

/**
 * England's rows of the DfE's social care file, quoted from ../shared/benchmarks/
 * social_care_groups_nat_reg_la_201819-202425.csv (its header, line 3 and line 827): the test reads the DfE's own
 * text rather than the library the API uses. Quoted, because a clean checkout has the repository only, not
 * ../shared.
 */
const SOCIAL_CARE_FILE_LINES = [
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,absence_terms,social_care_group,phase_type_grouping,t_pupils,t_sess_possible,t_sess_overall,pt_overall,t_sess_authorised,pt_sess_authorised,t_sess_unauthorised,pt_sess_unauthorised,t_pupils_pa_10_exact,pt_pupils_pa_10_exact,t_pupils_pa_50_exact,pt_pupils_pa_50_exact',
  '202425,Academic year,National,E92000001,England,,,,,,six half terms,CINO at 31 March,State-funded secondary,44600,15153180,3857530,25.5,1671360,11,2186170,14.4,27220,61,8950,20.1',
  '202425,Academic year,National,E92000001,England,,,,,,six half terms,CLA 12 months at 31 March,Total,33930,11923200,1073450,9,658260,5.5,415190,3.5,6890,20.3,2180,6.4',
];

/** The quoted England row for the year, the group as the file names it and the phase as `phase_type_grouping`. */
function englandSocialCareRow(timePeriod: string, group: string, phaseTypeGrouping: string) {
  const [header, ...lines] = SOCIAL_CARE_FILE_LINES;
  const columns = header!.split(',');
  // National rows have no quoted cells (only some LA names do), so a plain split reads them.
  const rows = lines
    .filter((line) => line.startsWith(`${timePeriod},Academic year,National,`))
    .map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
  const found = rows.filter(
    (row) => row['social_care_group'] === group && row['phase_type_grouping'] === phaseTypeGrouping,
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

interface LaOverviewResponse {
  laOverview: {
    academicYear: string;
    headline: Measures;
    schools: { urn: string; phase: string; measures: Measures }[];
    comparisons: ComparisonFields;
  };
}

interface SchoolOverviewResponse {
  schoolOverview: {
    academicYear: string;
    urn: string;
    school: { name: string; phase: string };
    lastMarkDate: string | null;
    headline: Measures;
    weeklyTrend: { possibleSessions: number }[];
    fsmPercent: number;
    senPercent: number;
    similarSchools: {
      urn: string;
      distance: number;
      fsmPercent: number;
      senPercent: number;
      school: { phase: string };
      measures: Measures;
    }[];
    comparisons: ComparisonFields;
  };
}

describe('School overview and comparisons over GraphQL', () => {
  let product: RunningProduct;
  let la: LaOverviewResponse['laOverview'];

  beforeAll(async () => {
    product = await startProduct({
      schools: 12,
      pupils: 1800,
      seed: 2027,
      asOf: '2026-11-20',
      environment: { REGION_CODE: 'E12000007' },
    });
    la = (await postGraphql<LaOverviewResponse>(product.baseUrl, LA_OVERVIEW)).laOverview;
  });

  afterAll(async () => {
    await product?.stop();
  });

  it("gives a school the LA overview's own figures for it, with its weekly trend", async () => {
    const primary = la.schools.find((school) => school.phase === 'Primary')!;
    const { schoolOverview } = await postGraphql<SchoolOverviewResponse>(product.baseUrl, SCHOOL_OVERVIEW, {
      urn: primary.urn,
    });
    expect(schoolOverview.school.phase).toBe('Primary');
    expect(schoolOverview.headline).toEqual(primary.measures);
    const trendPossible = schoolOverview.weeklyTrend.reduce((sum, week) => sum + week.possibleSessions, 0);
    expect(trendPossible).toBe(primary.measures.possibleSessions);
    expect(schoolOverview.lastMarkDate).toBe('2026-11-20');
  });

  it('lists similar schools of the same phase, nearest first, each with its own figures', async () => {
    const primary = la.schools.find((school) => school.phase === 'Primary')!;
    const { schoolOverview } = await postGraphql<SchoolOverviewResponse>(product.baseUrl, SCHOOL_OVERVIEW, {
      urn: primary.urn,
    });
    const similar = schoolOverview.similarSchools;
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.every((school) => school.school.phase === 'Primary' && school.urn !== primary.urn)).toBe(
      true,
    );
    expect(similar.map((school) => school.distance)).toEqual(
      [...similar.map((s) => s.distance)].sort((a, b) => a - b),
    );
    for (const school of similar) {
      expect(school.distance).toBeCloseTo(
        Math.hypot(
          school.fsmPercent - schoolOverview.fsmPercent,
          school.senPercent - schoolOverview.senPercent,
        ),
        10,
      );
      expect(school.measures).toEqual(la.schools.find((row) => row.urn === school.urn)?.measures);
    }
  });

  it('compares the school with the LA, its phase in the LA, the region and England, labelled', async () => {
    const secondary = la.schools.find((school) => school.phase === 'Secondary')!;
    const { schoolOverview } = await postGraphql<SchoolOverviewResponse>(product.baseUrl, SCHOOL_OVERVIEW, {
      urn: secondary.urn,
    });
    const { comparisons } = schoolOverview;
    expect(comparisons.phase).toBe('Secondary');
    expect(comparisons.own.map((own) => own.level)).toEqual(['SCHOOL', 'LA_PHASE', 'LA']);
    expect(comparisons.own[0]?.measures).toEqual(secondary.measures);
    expect(comparisons.own[2]?.measures).toEqual(la.headline);
    const secondaries = la.schools.filter((school) => school.phase === 'Secondary');
    expect(comparisons.own[1]?.measures.enrolments).toBe(
      secondaries.reduce((sum, school) => sum + school.measures.enrolments, 0),
    );
    expect(comparisons.published.map((p) => [p.level, p.method, p.academicYear, p.phase])).toEqual([
      ['REGION', 'daily-attendance', '2025/26', 'Secondary'],
      ['ENGLAND', 'daily-attendance', '2025/26', 'Secondary'],
      ['REGION', 'annual-census', '2024/25', 'Secondary'],
      ['ENGLAND', 'annual-census', '2024/25', 'Secondary'],
    ]);
    const [regionDaily, , , englandCensus] = comparisons.published;
    expect(regionDaily?.areaName).toBe('London');
    expect(regionDaily?.periodLabel).toMatch(/Year to date/);
    expect(regionDaily?.severeAbsenceRate).toEqual({ value: null, symbol: 'x' });
    expect(englandCensus?.severeAbsenceRate.value).toBeGreaterThan(0);
    expect(englandCensus?.sourceUrl).toMatch(/^https:\/\/explore-education-statistics\.service\.gov\.uk\//);
    expect(comparisons.attribution).toMatch(/Open Government Licence/);
    expect(comparisons.notes.join(' ')).toMatch(/LA_CODE/);
    expect(comparisons.notes.join(' ')).toMatch(/2026\/27/);
  });

  it("sets England's and the region's social care figures beside them: the CSV's rows, census, full year", async () => {
    const secondary = la.schools.find((school) => school.phase === 'Secondary')!;
    const { schoolOverview } = await postGraphql<SchoolOverviewResponse>(product.baseUrl, SCHOOL_OVERVIEW, {
      urn: secondary.urn,
    });
    const { socialCare } = schoolOverview.comparisons;
    // Without LA_CODE the LA's own published figures are left out; REGION_CODE gives London's.
    expect(socialCare.map((entry) => `${entry.group} ${entry.level} ${entry.areaName}`)).toEqual([
      'CIN REGION London',
      'CIN ENGLAND England',
      'CPP REGION London',
      'CPP ENGLAND England',
      'CLA REGION London',
      'CLA ENGLAND England',
    ]);
    const englandCin = socialCare[1]!;
    expect(englandCin).toMatchObject({
      phase: 'Secondary',
      method: 'annual-census',
      methodLabel: 'Annual school census',
      // The nearest published year at or before 2026/27.
      academicYear: '2024/25',
      periodLabel: 'Full academic year',
    });
    expect(englandCin.groupLabel).toMatch(/^Children in need/);
    const row = englandSocialCareRow('202425', 'CINO at 31 March', 'State-funded secondary');
    expect(englandCin.pupils).toEqual({ value: Number(row['t_pupils']), symbol: null });
    expect(englandCin.overallAbsenceRate).toEqual({ value: Number(row['pt_overall']), symbol: null });
    expect(englandCin.persistentAbsenceRate).toEqual({
      value: Number(row['pt_pupils_pa_10_exact']),
      symbol: null,
    });
    // The LA's comparisons are for all schools: England's Total row.
    const laEnglandCla = la.comparisons.socialCare.find(
      (entry) => entry.group === 'CLA' && entry.level === 'ENGLAND',
    )!;
    const totalRow = englandSocialCareRow('202425', 'CLA 12 months at 31 March', 'Total');
    expect(laEnglandCla.phase).toBe('Total');
    expect(laEnglandCla.overallAbsenceRate.value).toBe(Number(totalRow['pt_overall']));
  });

  it("sets the LA's headline beside the region and England for all schools", () => {
    expect(la.comparisons.phase).toBe('Total');
    expect(la.comparisons.own).toEqual([expect.objectContaining({ level: 'LA', measures: la.headline })]);
    expect(la.comparisons.published.map((p) => p.level)).toEqual(['REGION', 'ENGLAND', 'REGION', 'ENGLAND']);
  });

  it("publishes a school's two-way breakdown with small cells suppressed and the rest exact", async () => {
    const primary = la.schools.find((school) => school.phase === 'Primary')!;
    const { publishedCohortMeasures: published } = await postGraphql<PublishedResponse>(
      product.baseUrl,
      PUBLISHED,
      { urn: primary.urn },
    );
    const { cohortMeasures: raw } = await postGraphql<RawResponse>(product.baseUrl, RAW_MEASURES);
    expect(published).toMatchObject({ urn: primary.urn, sensitive: true, staleSchools: [] });
    expect(published.symbols.map((symbol) => symbol.symbol)).toEqual(['c', 'low', 'x', 'z', 'u']);
    const suppressed = published.rows.filter((row) => row.enrolments.symbol === 'c');
    expect(suppressed.length).toBeGreaterThan(0);
    for (const row of suppressed) {
      expect(row.enrolments.value).toBeNull();
      expect(row.figures.every(({ figure }) => figure.value === null && figure.symbol === 'c')).toBe(true);
    }
    const total = published.rows.find((row) => row.all.every(Boolean))!;
    expect(total.enrolments).toEqual({ value: primary.measures.enrolments, symbol: null });
    const rawSchool = raw.groups.find((group) => group.keys[0] === primary.urn && !group.all[0])!;
    expect(total.enrolments.value).toBe(rawSchool.measures.enrolments);
  });

  it('downloads the DfE-layout file with the LA total equal to the overview', async () => {
    const { dfeAbsenceFile: file } = await postGraphql<DfeFileResponse>(product.baseUrl, DFE_FILE);
    expect(file.fileName).toBe('dfe-absence-999-202627.csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const [header, ...lines] = file.csv.trimEnd().split(/\r?\n/);
    expect(lines.length).toBe(file.rowCount);
    const columns = header!.split(',');
    expect(columns.slice(0, 3)).toEqual(['time_period', 'time_identifier', 'geographic_level']);
    const cells = (line: string) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell]));
    const laTotal = lines
      .map(cells)
      .find((row) => row['geographic_level'] === 'Local authority' && row['breakdown_topic'] === 'Total')!;
    expect(laTotal).toMatchObject({
      old_la_code: '999',
      la_name: 'Synthetic Borough',
      region_name: 'London',
      enrolments: String(la.headline.enrolments),
      sess_possible: String(la.headline.possibleSessions),
    });
    expect(await postGraphqlExpectingErrors(product.baseUrl, '{ dfeAbsenceFile { rowCount } }')).toEqual([
      { message: 'Give laCode (the DfE three-digit LA code) or set LA_CODE', code: 'BAD_USER_INPUT' },
    ]);
  });

  it("gives every list row its school through the request's loader", async () => {
    const { absenteeList } = await postGraphql<{
      absenteeList: { pupils: { urn: string; schoolName: string; school: { urn: string; name: string } }[] };
    }>(
      product.baseUrl,
      '{ absenteeList(list: PERSISTENT, limit: 200) { pupils { urn schoolName school { urn name } } } }',
    );
    expect(absenteeList.pupils.length).toBeGreaterThan(10);
    for (const pupil of absenteeList.pupils) {
      expect(pupil.school).toEqual({ urn: pupil.urn, name: pupil.schoolName });
    }
  });

  it('refuses a malformed URN and a school the LA does not have, clearly', async () => {
    expect(await postGraphqlExpectingErrors(product.baseUrl, SCHOOL_OVERVIEW, { urn: 'abc' })).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/expected a URN \(6 or 7 digits\)/) }),
    ]);
    expect(await postGraphqlExpectingErrors(product.baseUrl, SCHOOL_OVERVIEW, { urn: '100000' })).toEqual([
      { message: 'No school with URN 100000', code: 'BAD_USER_INPUT' },
    ]);
  });
});
