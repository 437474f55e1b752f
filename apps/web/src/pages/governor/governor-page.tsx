import { formatDate, LabelledSelect, LoadingMessage } from '@attendance/web-ui';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { usePageTitle } from '../../page-title.js';
import { SchoolLoadFailure } from '../../school-not-found.js';
import { GovernorContent } from './governor-content.js';
import { resolveGovernorPeriod } from './governor-period.js';
import type { TermKey } from './governor-search.js';
import { useGovernorComparisons } from './use-governor.js';

const route = getRouteApi('/governors/$urn');

/** One school for its governors: cohorts against the LA and England, aggregates only; the term in the URL. */
export function GovernorPage() {
  const { urn } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/governors/$urn' });
  const { data, error, isPending, isFetching, refetch } = useGovernorComparisons(urn);
  usePageTitle(data ? `Governor view: ${data.school.name}` : 'Governor view');

  if (isPending) return <LoadingMessage text="Loading the school's figures…" />;
  if (error) {
    return (
      <SchoolLoadFailure
        urn={urn}
        what="figures"
        error={error}
        retrying={isFetching}
        onRetry={() => void refetch()}
      >
        <p className="govuk-body">
          <Link to="/governors" className="govuk-link">
            Choose a school
          </Link>
        </p>
      </SchoolLoadFailure>
    );
  }
  const { period, label, terms } = resolveGovernorPeriod(search, data.academicYear, data.dataAsOf, false);
  return (
    <>
      <span className="govuk-caption-l">Governor view</span>
      <h1 className="govuk-heading-l">{data.school.name}</h1>
      <p className="govuk-body">
        Attendance for {label}
        {data.dataAsOf ? <>, data as of {formatDate(data.dataAsOf)}</> : null}. Every figure is published for
        governors: no pupil is named and small groups are suppressed.
      </p>
      <div className="govuk-form-group">
        <LabelledSelect
          id="governor-term"
          label="Period"
          value={search.term ?? ''}
          options={[
            { value: '', label: `Academic year ${data.academicYear} to date` },
            ...terms.map((term) => ({ value: term.key, label: term.label })),
          ]}
          onChange={(term) =>
            void navigate({
              search: (previous) => ({ ...previous, term: (term || undefined) as TermKey | undefined }),
            })
          }
        />
      </div>
      <p className="govuk-body">
        <Link
          to="/governors/$urn/report"
          params={{ urn }}
          search={{ term: search.term ?? terms[0]?.key }}
          className="govuk-link"
        >
          Termly governors&apos; report (printable)
        </Link>
      </p>
      <GovernorContent overview={data} period={period} periodLabel={label} />
    </>
  );
}
