export const OPEN_GOVERNMENT_LICENCE_URL =
  'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/**
 * The attribution the Open Government Licence v3.0 asks for, to show wherever these figures are shown or
 * exported (the licence's own wording, plus the publications the figures come from).
 */
export const DFE_BENCHMARKS_ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0 ' +
  `(${OPEN_GOVERNMENT_LICENCE_URL}). Source: Department for Education, "Pupil attendance in schools", ` +
  '"Pupil absence in schools in England" (via the Local Authority Interactive Tool) and "Outcomes for ' +
  'children in need, including children looked after by local authorities in England".';
