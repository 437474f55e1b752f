import { z } from 'zod';

// The pupil page's URL state: the academic year shown and the calendar month whose marks are listed. The
// pupil is a path parameter (their store id, never the UPN). A malformed value falls back to the default
// rather than failing the page, so a hand-edited link still opens.

export const pupilSearchSchema = z.object({
  /** The year it starts in (2025 = 2025/26); default the year of the latest data. */
  year: z.number().int().min(1900).max(2198).optional().catch(undefined),
  /** YYYY-MM; default the latest month with marks. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
});

export type PupilSearch = z.infer<typeof pupilSearchSchema>;

/** The path parameters as the API takes them, or null when they cannot name a pupil (the page says not found). */
export function pupilAddress(params: {
  urn: string;
  pupilId: string;
}): { urn: string; pupilId: number } | null {
  if (!/^\d{6,7}$/.test(params.urn) || !/^[1-9]\d{0,9}$/.test(params.pupilId)) return null;
  const pupilId = Number(params.pupilId);
  return pupilId <= 2_147_483_647 ? { urn: params.urn, pupilId } : null;
}
