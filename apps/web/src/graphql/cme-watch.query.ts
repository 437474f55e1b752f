import { graphql } from './generated/gql.js';

/**
 * One page of the CME milestone list with each school's contact (one contacts query per request on the API),
 * and how many children have reached each milestone: each alias asks for one row only, its `length` is the
 * count (the API caches every answer until the next load).
 */
export const CmeWatchQuery = graphql(`
  query CmeWatch($milestone: Int, $sort: CmeMilestoneSortOrder!, $limit: Int!, $offset: Int!) {
    cmeMilestoneList(milestone: $milestone, sort: $sort, limit: $limit, offset: $offset) {
      asOf
      dataAsOf
      length
      pupils {
        pupilId
        upn
        urn
        yearGroup
        daysInRun
        runSince
        milestone
        lastSchoolDay
        lastAttended
        school {
          name
          contact {
            name
            role
            email
            telephone
          }
        }
      }
    }
    day3: cmeMilestoneList(milestone: 3, limit: 1) {
      length
    }
    day6: cmeMilestoneList(milestone: 6, limit: 1) {
      length
    }
    day10: cmeMilestoneList(milestone: 10, limit: 1) {
      length
    }
    day20: cmeMilestoneList(milestone: 20, limit: 1) {
      length
    }
  }
`);

/**
 * The newest import run: its id and finish time change after every load (PostgreSQL, no analytics), so the
 * CME watch polls it and refetches the list only when a load has finished since.
 */
export const LatestImportRunQuery = graphql(`
  query LatestImportRun {
    importRuns(limit: 1) {
      id
      status
      finishedAt
    }
  }
`);
