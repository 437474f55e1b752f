import { LoadingMessage, RetryableError } from '@attendance/web-ui';
import { usePageTitle } from '../../page-title.js';
import { PupilContent } from './pupil-content.js';
import { pupilRouteApi } from './pupil-route.js';
import { pupilAddress } from './pupil-search.js';
import { isUnknownPupil, usePupilRecord } from './use-pupil-record.js';

function PupilNotFound() {
  return (
    <>
      <h1 className="govuk-heading-l">Pupil not found</h1>
      <p className="govuk-body">
        There is no pupil with this address at this school. The pupil may have left the school, or the link
        may be out of date.
      </p>
    </>
  );
}

/** A pupil's record at one school (pupil-level data; the title never carries the UPN). */
export function PupilPage() {
  usePageTitle('Pupil record');
  const params = pupilRouteApi.useParams();
  const { year } = pupilRouteApi.useSearch();
  const address = pupilAddress(params);
  const { data, error, isPending, isFetching, refetch } = usePupilRecord(address, year);

  if (address === null) return <PupilNotFound />;
  if (isPending) return <LoadingMessage text="Loading the pupil's record…" />;
  if (error) {
    if (isUnknownPupil(error)) return <PupilNotFound />;
    return (
      <RetryableError
        message={`The pupil's record could not be loaded. ${error.message}`}
        retrying={isFetching}
        onRetry={() => void refetch()}
      />
    );
  }
  return <PupilContent record={data} />;
}
