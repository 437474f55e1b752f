import { formatCount, formatShortDate, GovukTable } from '@attendance/web-ui';
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
      <GovukTable
        caption="Children at a CME milestone"
        captionStyle="visually-hidden"
        columns={[
          { header: 'Pupil (UPN)' },
          { header: 'School' },
          { header: 'Year group' },
          { header: 'School days in run', numeric: true },
          { header: 'Since' },
          { header: 'Last school day' },
          { header: 'Last attended' },
          { header: 'Who to contact' },
        ]}
      >
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
                  <a className="govuk-link" href={`tel:${pupil.school.contact.telephone.replace(/\s/g, '')}`}>
                    {pupil.school.contact.telephone}
                  </a>
                </>
              ) : (
                'No contact recorded'
              )}
            </td>
          </tr>
        ))}
      </GovukTable>
    </div>
  );
}
