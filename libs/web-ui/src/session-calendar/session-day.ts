/** One register mark as the pupil record gives it. */
export interface SessionMark {
  code: string;
  /** The DfE category of the code on its date (present, authorised-absence, ...). */
  category: string;
}

/** A date with its morning and afternoon marks; null for a session without one. */
export interface SessionDay {
  /** YYYY-MM-DD */
  date: string;
  am: SessionMark | null;
  pm: SessionMark | null;
}
