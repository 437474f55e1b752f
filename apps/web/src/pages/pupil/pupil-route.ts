import { getRouteApi } from '@tanstack/react-router';

/** The pupil page's route, for its components (router.tsx registers it). */
export const pupilRouteApi = getRouteApi('/schools/$urn/pupils/$pupilId');
