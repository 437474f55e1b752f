import type { PupilRecordQuery } from '../../graphql/generated/graphql.js';

export type PupilRecord = PupilRecordQuery['pupilRecord'];
export type PupilRecordWeek = PupilRecord['weeks'][number];
