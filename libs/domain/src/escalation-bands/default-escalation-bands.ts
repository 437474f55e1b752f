import type { EscalationBand } from './escalation-band.types.js';

// Defaults taken from the LA seed policies (shared/seeds): 002 gives the ladder 97-100 / 95-97 / 93-95 /
// 91-93 / persistent / severe with its actions and the three headings Prevention, Early intervention and
// Targeted re-engagement; 000 calls 93-100% Level 1 (universal services, escalate after a 6-week support
// and monitoring period fails); 004 adds the formal route (attendance contract, notice to improve with a
// 6-week window, penalty notice, prosecution under s.444 Education Act 1996).
//
// Decisions:
// - Seed 002 jumps from "91-93%" to "persistent absence" and leaves 90-91% without a rung. The default
//   stretches the 91-93 rung down to 90 because its actions (notice to improve, possible fines) are what the
//   seed applies just above PA; an LA wanting a separate 90-91 rung configures one.
// - Persistent and severe absence follow the DfE definitions, which count 10% and 50% absence inclusively:
//   attendance of exactly 90% is persistent absence and exactly 50% is severe. So the PA band is (50, 90]
//   and the severe band [0, 50], and the 90-93 rung starts just above 90.

export const DEFAULT_ESCALATION_BANDS: readonly EscalationBand[] = [
  {
    id: 'excellent',
    label: 'Excellent attendance (97-100%)',
    minAttendanceRate: 97,
    maxAttendanceRate: 100,
    stage: 'Prevention (Level 1: universal)',
    actions: [
      'Half-termly letter or email home',
      'Regular attendance alerts to parents',
      'Weekly, half-termly and end-of-year rewards',
    ],
  },
  {
    id: 'at-risk',
    label: 'At risk of lower than expected attendance (95-97%)',
    minAttendanceRate: 95,
    maxAttendanceRate: 97,
    stage: 'Early intervention (Level 1: universal)',
    actions: [
      'Initial teacher meeting to capture pupil and parent voice',
      'Class staff contact parent and pupil about barriers in school',
      'Letter 1 and information sheet to parents',
      'Meeting 1 by telephone with the attendance team',
      "Work to capture the child's voice",
    ],
  },
  {
    id: 'lower-than-expected',
    label: 'Lower than expected attendance (93-95%)',
    minAttendanceRate: 93,
    maxAttendanceRate: 95,
    stage: 'Early intervention (Level 1: universal)',
    actions: [
      'Letter 2 with an invitation to a face-to-face meeting',
      'Meeting 2 with parent to understand barriers and agree support',
      'Support and action plan offered and monitored',
    ],
  },
  {
    id: 'notice-to-improve',
    label: 'Continued lower than expected attendance (90-93%)',
    minAttendanceRate: 90,
    minExclusive: true,
    maxAttendanceRate: 93,
    stage: 'Early intervention (Level 2)',
    actions: [
      'Notice to improve letter to parents and the local authority',
      'Invitation to a face-to-face meeting and support',
      'Potential penalty notice or further action, including prosecution',
      'Contact with external agencies (e.g. the front door service)',
    ],
  },
  {
    id: 'persistent-absence',
    label: 'Persistent absence (above 50% to 90%)',
    minAttendanceRate: 50,
    minExclusive: true,
    maxAttendanceRate: 90,
    maxInclusive: true,
    stage: 'Targeted re-engagement',
    actions: [
      'Offer early help',
      'Signpost to relevant agencies',
      "Child-centred work to hear the child's and parent's voice",
      'Collection of the child by staff',
      'Home visits to explore reasons for absence and support',
      'Wraparound care, leadership roles and clubs',
    ],
  },
  {
    id: 'severe-absence',
    label: 'Severe absence (50% or less)',
    minAttendanceRate: 0,
    maxAttendanceRate: 50,
    maxInclusive: true,
    stage: 'Targeted re-engagement',
    actions: [
      'Notice to improve letter with 20 days to improve and a further meeting',
      'Attendance action plan',
      'Referral to the local authority for formal or statutory procedures',
    ],
  },
];
