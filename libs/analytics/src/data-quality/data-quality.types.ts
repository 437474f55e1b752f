import type { IsoDate } from '@attendance/domain';

export interface CodeUsage {
  code: string;
  marks: number;
}

export interface SchoolDataQuality {
  urn: string;
  name: string;
  latestExportDate: IsoDate | null;
  lastMarkDate: IsoDate | null;
  /** How many of the LA's recent register dates come after this school's last mark (0 = up to date). */
  registerDatesBehind: number;
  /** The LA's recent register dates this school has marks for. */
  datesWithMarks: IsoDate[];
  /** N marks not replaced within 5 of the school's own school days. */
  overdueReasonNotYetEstablished: number;
  codesUsed: CodeUsage[];
}

export interface DataQualityResult {
  /** The latest date any school has marks for. */
  dataAsOf: IsoDate | null;
  /** The LA's most recent register dates, newest first. */
  recentRegisterDates: IsoDate[];
  schools: SchoolDataQuality[];
}
