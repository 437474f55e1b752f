import * as analytics from '@attendance/analytics';
import { academicYearOf } from '@attendance/domain';
import {
  absenteeListSql,
  breakdownSql,
  overviewMeasuresSql,
  queryRows,
  weeklyTrendSql,
} from './postgres-measures.mjs';
import { baselineCounts, baselineWeek, groupKey, productCounts } from './query-compare.mjs';

// What `npm run bench:query` times: one entry per dashboard question. An entry names the @attendance/analytics
// exports it needs (skipped, with a note, while the library does not export them: a list not written yet), how
// to ask it (`run`), the scope the API's result cache keys it by, the GraphQL field that serves it (the cached
// figures go through the running API when it serves that field, else through the API's AnalyticsCache in this
// process) and, where there is one, the PostgreSQL baseline computing the same figures from the marks, with both
// answers brought to one comparable shape (query-compare.mjs).

const LIST_PAGE = 50;

const MEASURE_FIELDS = [
  'enrolments',
  'possibleSessions',
  'attendedSessions',
  'authorisedSessions',
  'unauthorisedSessions',
  'persistentAbsentees',
  'severeAbsentees',
  'attendanceRate',
  'overallAbsenceRate',
  'authorisedAbsenceRate',
  'unauthorisedAbsenceRate',
  'persistentAbsenceRate',
  'severeAbsenceRate',
].join(' ');

/** The academic year and dates a product answer covers, for the baseline to count the same period. */
export function periodOf(result) {
  const start = result.start ?? result.periodStart;
  const end = result.end ?? result.periodEnd;
  const academicYear = typeof result.academicYear === 'number' ? result.academicYear : academicYearOf(start);
  return { academicYear, start, end };
}

const WEEK_FIELDS = [
  'weekStart',
  'possibleSessions',
  'attendanceRate',
  'overallAbsenceRate',
  'authorisedAbsenceRate',
  'unauthorisedAbsenceRate',
];
const pick = (object, fields) => Object.fromEntries(fields.map((field) => [field, object[field]]));

function overviewBaseline(oneSchool) {
  return {
    product: (result) => ({
      headline: productCounts(result.headline),
      schools: Object.fromEntries(
        result.schools
          .filter((school) => school.measures.enrolments > 0)
          .map((school) => [school.urn, productCounts(school.measures)]),
      ),
      weeks: result.weeklyTrend.map((week) => pick(week, WEEK_FIELDS)),
    }),
    run: async (client, params) => {
      const measureRows = await queryRows(client, overviewMeasuresSql(oneSchool), params);
      const weekRows = await queryRows(client, weeklyTrendSql(oneSchool), params);
      const total = measureRows.find((row) => row.is_total);
      return {
        headline: baselineCounts(total ?? {}),
        schools: Object.fromEntries(
          measureRows.filter((row) => !row.is_total).map((row) => [row.urn, baselineCounts(row)]),
        ),
        weeks: weekRows.map(baselineWeek),
      };
    },
  };
}

function breakdownBaseline(columns, oneSchool) {
  return {
    product: (result) =>
      Object.fromEntries(
        result.groups.map((group) => [groupKey(group.keys, group.all), productCounts(group.measures)]),
      ),
    run: async (client, params) => {
      const rows = await queryRows(client, breakdownSql(columns, oneSchool), params);
      return Object.fromEntries(
        rows.map((row) => [
          groupKey(
            columns.map((_, index) => row[`key_${index}`]),
            columns.map((_, index) => row[`all_key_${index}`]),
          ),
          baselineCounts(row),
        ]),
      );
    },
  };
}

function absenteeListBaseline(severeOnly) {
  return {
    product: (result) => ({
      length: result.length,
      page: result.pupils.map((pupil) => `${pupil.urn}/${pupil.upn}`),
    }),
    run: async (client, params) => {
      const rows = await queryRows(client, absenteeListSql(severeOnly), { ...params, limit: LIST_PAGE });
      return { length: rows[0]?.list_length ?? 0, page: rows.map((row) => `${row.urn}/${row.upn}`) };
    },
  };
}

/** A pupil list with its defaults (the whole LA, the first page), timed without a baseline. */
function pupilList(name, exportName, field, params = {}) {
  return {
    name,
    needs: [exportName],
    run: (store) => analytics[exportName](store, params),
    graphql: { field, args: '' },
  };
}

/** Every case, for `school` (the URN of the school whose dashboard is timed). */
export function queryCases({ school }) {
  const schoolScope = { schools: [school], pupilLevel: true };
  return [
    {
      name: 'LA overview',
      needs: ['queryLaOverview'],
      run: (store) => analytics.queryLaOverview(store),
      graphql: { field: 'laOverview', args: '' },
      baseline: overviewBaseline(false),
    },
    {
      // The overview's schools field is paged (first 50 by default, as above); the LA's whole schools table:
      name: 'LA overview, every school',
      needs: ['queryLaOverview'],
      run: (store) => analytics.queryLaOverview(store),
      graphql: {
        field: 'laOverview',
        args: '',
        selection: `{ headline { possibleSessions attendanceRate } schools(limit: 1000) { urn name phase type lastMarkDate measures { ${MEASURE_FIELDS} } } }`,
      },
    },
    {
      // The schools table's per-school action figures (4-week change, penalty-notice and CME counts, data
      // freshness): one answer for every school, computed once per load and shared by every page of the table.
      name: 'School actions (LA overview table)',
      needs: ['querySchoolActions'],
      run: (store) => analytics.querySchoolActions(store),
      graphql: {
        field: 'laOverview',
        args: '',
        selection:
          '{ schools(limit: 50) { urn actions { fourWeekChange penaltyNoticePupils cmeMilestones { milestone children } lastMarkDate registerDatesBehind } } }',
      },
    },
    {
      name: 'LA weekly time series',
      needs: ['queryAttendanceTimeSeries'],
      run: (store) => analytics.queryAttendanceTimeSeries(store, { granularity: 'week' }),
      graphql: { field: 'attendanceTimeSeries', args: 'granularity: WEEK' },
    },
    {
      name: `School ${school}: overview`,
      needs: ['queryLaOverview'],
      run: (store) => analytics.queryLaOverview(store, { scope: schoolScope }),
      scope: schoolScope,
      graphql: { field: 'schoolOverview', args: `urn: "${school}"` },
      baseline: overviewBaseline(true),
    },
    {
      name: `School ${school}: year groups`,
      needs: ['queryCohortMeasures'],
      run: (store) => analytics.queryCohortMeasures(store, { dimensions: ['yearGroup'], scope: schoolScope }),
      scope: schoolScope,
      baseline: breakdownBaseline(['nc_year'], true),
    },
    {
      name: `School ${school}: similar schools`,
      needs: ['querySimilarSchools'],
      run: (store) => analytics.querySimilarSchools(store, { urn: school }),
    },
    {
      name: 'Year group x SEN provision',
      needs: ['queryCohortMeasures'],
      run: (store) => analytics.queryCohortMeasures(store, { dimensions: ['yearGroup', 'senProvision'] }),
      graphql: { field: 'cohortMeasures', args: 'dimensions: [yearGroup, senProvision]' },
      baseline: breakdownBaseline(['nc_year', 'sen_provision'], false),
    },
    {
      name: 'Persistent absentees',
      needs: ['queryAbsenteeList'],
      run: (store) => analytics.queryAbsenteeList(store, { list: 'persistent', limit: LIST_PAGE }),
      graphql: { field: 'absenteeList', args: `list: PERSISTENT, limit: ${LIST_PAGE}` },
      baseline: absenteeListBaseline(false),
    },
    {
      name: 'Severe absentees',
      needs: ['queryAbsenteeList'],
      run: (store) => analytics.queryAbsenteeList(store, { list: 'severe', limit: LIST_PAGE }),
      graphql: { field: 'absenteeList', args: `list: SEVERE, limit: ${LIST_PAGE}` },
      baseline: absenteeListBaseline(true),
    },
    pupilList('Band crossings (4 weeks)', 'queryBandCrossingList', 'bandCrossingList'),
    pupilList('Illness', 'queryIllnessList', 'illnessList'),
    pupilList('Part-time timetables', 'queryPartTimeTimetableList', 'partTimeTimetableList'),
    pupilList('Penalty-notice threshold', 'queryPenaltyNoticeList', 'penaltyNoticeList'),
    pupilList('CME milestones', 'queryCmeMilestoneList', 'cmeMilestoneList'),
    pupilList('Early warning', 'queryEarlyWarning', 'earlyWarningList'),
  ];
}

/** The cases the library can run now, and a note for each it cannot. */
export function availableCases(cases) {
  const missing = (entry) => entry.needs.filter((name) => typeof analytics[name] !== 'function');
  return {
    runnable: cases.filter((entry) => missing(entry).length === 0),
    skipped: cases
      .filter((entry) => missing(entry).length > 0)
      .map(
        (entry) =>
          `${entry.name}: skipped, @attendance/analytics does not export ${missing(entry).join(', ')}`,
      ),
  };
}
