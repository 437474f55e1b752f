import { ErrorSummary, LoadingMessage } from '@attendance/web-ui';
import { Link } from '@tanstack/react-router';
import { usePageTitle } from '../../page-title.js';
import { useGovernorSchools } from './use-governor.js';

/** `/governors` without a school: the LA's schools, each linking to its governor view. */
export function GovernorChooserPage() {
  usePageTitle('Governor view: choose a school');
  const { data, error, isPending } = useGovernorSchools();
  return (
    <>
      <h1 className="govuk-heading-l">Governor view</h1>
      <p className="govuk-body">
        Choose a school to see its attendance against the LA and England, with figures published for governors
        only (no pupil is named and small groups are suppressed), and to print the termly governors&apos;
        report.
      </p>
      {isPending ? <LoadingMessage text="Loading the schools…" /> : null}
      {error ? (
        <ErrorSummary>
          <p className="govuk-body">The schools could not be loaded. {error.message}</p>
        </ErrorSummary>
      ) : null}
      {data && data.schools.length === 0 ? (
        <p className="govuk-body">No school has been loaded yet.</p>
      ) : null}
      {data && data.schools.length > 0 ? (
        <ul className="govuk-list" aria-label={`Schools of ${data.laName}`}>
          {[...data.schools]
            .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
            .map((school) => (
              <li key={school.urn}>
                <Link to="/governors/$urn" params={{ urn: school.urn }} className="govuk-link">
                  {school.name}
                </Link>{' '}
                <span className="govuk-body-s">({school.phase})</span>
              </li>
            ))}
        </ul>
      ) : null}
    </>
  );
}
