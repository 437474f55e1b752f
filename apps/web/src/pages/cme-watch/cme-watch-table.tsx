import { formatCount, formatShortDate } from '@attendance/web-ui';
import { Link } from '@tanstack/react-router';
import type { CmeWatchQuery } from '../../graphql/generated/graphql.js';

export type CmeWatchPupil = CmeWatchQuery['cmeMilestoneList']['pupils'][number];

export interface CmeWatchTableProps {
  pupils: readonly CmeWatchPupil[];
}

/** A page of the CME list: each child links to the pupil page by the store's id, never the UPN. */
export function CmeWatchTable({ pupils }: CmeWatchTableProps) {
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Children at a CME milestone">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Children at a CME milestone</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Pupil (UPN)
            </th>
            <th scope="col" className="govuk-table__header">
              School
            </th>
            <th scope="col" className="govuk-table__header">
              Year group
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              School days in run
            </th>
            <th scope="col" className="govuk-table__header">
              Since
            </th>
            <th scope="col" className="govuk-table__header">
              Last school day
            </th>
            <th scope="col" className="govuk-table__header">
              Last attended
            </th>
            <th scope="col" className="govuk-table__header">
              Who to contact
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {pupils.map((pupil) => (
            <tr key={`${pupil.urn}-${pupil.pupilId}`} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <Link
                  to="/schools/$urn/pupils/$pupilId"
                  params={{ urn: pupil.urn, pupilId: String(pupil.pupilId) }}
                  className="govuk-link"
                >
                  {pupil.upn}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <Link to="/schools/$urn" params={{ urn: pupil.urn }} className="govuk-link">
                  {pupil.school.name}
                </Link>
              </td>
              <td className="govuk-table__cell">{pupil.yearGroup ?? 'Not recorded'}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatCount(pupil.daysInRun)}
                <span className="govuk-visually-hidden"> (milestone: day {pupil.milestone})</span>
              </td>
              <td className="govuk-table__cell">{formatShortDate(pupil.runSince)}</td>
              <td className="govuk-table__cell">{formatShortDate(pupil.lastSchoolDay)}</td>
              <td className="govuk-table__cell">
                {pupil.lastAttended ? formatShortDate(pupil.lastAttended) : 'Not this year'}
              </td>
              <td className="govuk-table__cell">
                {pupil.school.contact ? (
                  <>
                    {pupil.school.contact.name}, {pupil.school.contact.role}
                    <br />
                    <a className="govuk-link" href={`mailto:${pupil.school.contact.email}`}>
                      {pupil.school.contact.email}
                    </a>
                    <br />
                    <a
                      className="govuk-link"
                      href={`tel:${pupil.school.contact.telephone.replace(/\s/g, '')}`}
                    >
                      {pupil.school.contact.telephone}
                    </a>
                  </>
                ) : (
                  'No contact recorded'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
