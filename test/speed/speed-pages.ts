import { postGraphql } from '../support/graphql-client.js';

/**
 * When a page's main content is on screen with real figures: every `present` selector matches, and (with
 * `noLoadingLeft`) no loading message is left in the main landmark. The selectors match elements the pages
 * render only from the API's answer (never in a loading or error state), so the first frame in which they all
 * match is the page's "first meaningful paint" as the issue means it: the figures a user opened the page for.
 */
export interface Readiness {
  present: string[];
  noLoadingLeft: boolean;
}

/** Real addresses in the LA being measured, from the API itself. */
export interface SpeedTargets {
  urn: string;
  pupilId: number;
}

export interface SpeedPage {
  name: string;
  /** The route's path as router.tsx declares it (the bundle report's key). */
  route: string;
  address: (targets: SpeedTargets) => string;
  readiness: Readiness;
}

// `main [role="status"]` reads LoadingMessage (libs/web-ui): each page's "Loading ..." while a query runs.
const HEADLINE_FIGURE = '.app-headline-card__rate';

export const SPEED_PAGES: readonly SpeedPage[] = [
  {
    // The LA's headline cards and the first row of the schools table (a second, paged query).
    name: 'LA overview',
    route: '/',
    address: () => '/',
    readiness: { present: [HEADLINE_FIGURE, 'table.app-sortable-table tbody tr'], noLoadingLeft: false },
  },
  {
    // One query draws the school's cards, comparisons and trend; the headline figures and the comparison
    // table show it has arrived. The breakdown and action lists below the fold load on their own.
    name: 'School page',
    route: '/schools/$urn',
    address: ({ urn }) => `/schools/${urn}`,
    readiness: { present: [HEADLINE_FIGURE, 'main table.govuk-table tbody tr'], noLoadingLeft: false },
  },
  {
    // The pupil's record is one query; the session calendar is its main figure.
    name: 'Pupil page',
    route: '/schools/$urn/pupils/$pupilId',
    address: ({ urn, pupilId }) => `/schools/${urn}/pupils/${pupilId}`,
    readiness: { present: ['.app-session-calendar__day'], noLoadingLeft: false },
  },
  {
    // The data date, the milestone counts and the first child of the list arrive in one query.
    name: 'CME watch',
    route: '/cme',
    address: () => '/cme',
    readiness: { present: ['[data-testid="cme-data-as-of"]', 'main table tbody tr'], noLoadingLeft: false },
  },
  {
    // The default analysis (its measure by its breakdown, the year to date): the figures' table shown, and
    // the comparison it loads next no longer loading.
    name: 'Analyst workspace',
    route: '/analysis',
    address: () => '/analysis',
    readiness: { present: ['.app-analysis-table tbody tr'], noLoadingLeft: true },
  },
  {
    // The list of schools to choose from.
    name: 'Governor chooser',
    route: '/governors',
    address: () => '/governors',
    readiness: { present: ['main ul.govuk-list a'], noLoadingLeft: false },
  },
  {
    // Every table of the governor view is the content (headline and each cohort, one query each): all shown.
    name: 'Governor view',
    route: '/governors/$urn',
    address: ({ urn }) => `/governors/${urn}`,
    readiness: { present: ['.app-report-headline table tbody tr'], noLoadingLeft: true },
  },
  {
    // A report is read or printed whole: every section's table shown.
    name: "Governors' report",
    route: '/governors/$urn/report',
    address: ({ urn }) => `/governors/${urn}/report`,
    readiness: { present: ['.app-report-headline table tbody tr'], noLoadingLeft: true },
  },
];

/** A school and a pupil to open: the first persistent absentee the API lists (a pupil with marks). */
export async function speedTargets(baseUrl: string): Promise<SpeedTargets> {
  const { absenteeList } = await postGraphql<{ absenteeList: { pupils: SpeedTargets[] } }>(
    baseUrl,
    'query { absenteeList(list: PERSISTENT, limit: 1) { pupils { urn pupilId } } }',
  );
  const [first] = absenteeList.pupils;
  if (!first) throw new Error('The LA lists no persistent absentee: no pupil page to measure');
  return first;
}
