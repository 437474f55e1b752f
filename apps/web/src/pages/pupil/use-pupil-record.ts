import { useQuery } from '@tanstack/react-query';
import { executeGraphql } from '../../graphql/execute-graphql.js';
import { PupilRecordQuery } from '../../graphql/pupil-record.query.js';

/** One pupil's record at one school; `academicYear` undefined: the year of the latest data. */
export function usePupilRecord(
  address: { urn: string; pupilId: number } | null,
  academicYear: number | undefined,
) {
  return useQuery({
    queryKey: ['pupil-record', address?.urn, address?.pupilId, academicYear ?? null],
    enabled: address !== null,
    queryFn: async ({ signal }) => {
      if (address === null) throw new Error('No pupil to load');
      return (
        await executeGraphql(
          PupilRecordQuery,
          {
            urn: address.urn,
            pupilId: address.pupilId,
            ...(academicYear === undefined ? {} : { academicYear }),
          },
          { signal },
        )
      ).pupilRecord;
    },
  });
}

/** The API's answer for a school or pupil id it does not hold (UnknownPupilError). */
export function isUnknownPupil(error: Error): boolean {
  return /No pupil with|No school with/.test(error.message);
}
