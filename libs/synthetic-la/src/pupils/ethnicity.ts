// DfE main ethnicity codes with approximate national shares of pupils (school census, England, 2023/24,
// rounded), the chance a pupil of that group has English as an additional language, and a relative absence
// factor following the direction of the DfE's published absence by ethnicity (Gypsy/Roma and Irish Traveller
// pupils highest; Chinese, Indian and Black African pupils lowest).

export type NameGroup =
  'british' | 'european' | 'south-asian' | 'african' | 'caribbean' | 'chinese' | 'mixed';

export interface EthnicityProfile {
  code: string;
  nationalShare: number;
  ealProbability: number;
  absenceFactor: number;
  /** Probability a pupil of this group observes Eid (drives a few `R` marks). */
  eidObservance: number;
  nameGroup: NameGroup;
}

export const WHITE_BRITISH = 'WBRI';

export const ETHNICITIES: readonly EthnicityProfile[] = [
  {
    code: 'WBRI',
    nationalShare: 0.61,
    ealProbability: 0.005,
    absenceFactor: 1.08,
    eidObservance: 0,
    nameGroup: 'british',
  },
  {
    code: 'WIRI',
    nationalShare: 0.003,
    ealProbability: 0.02,
    absenceFactor: 1.15,
    eidObservance: 0,
    nameGroup: 'british',
  },
  {
    code: 'WIRT',
    nationalShare: 0.001,
    ealProbability: 0.05,
    absenceFactor: 2.6,
    eidObservance: 0,
    nameGroup: 'british',
  },
  {
    code: 'WROM',
    nationalShare: 0.008,
    ealProbability: 0.6,
    absenceFactor: 2.3,
    eidObservance: 0,
    nameGroup: 'european',
  },
  {
    code: 'WOTH',
    nationalShare: 0.075,
    ealProbability: 0.75,
    absenceFactor: 0.95,
    eidObservance: 0.05,
    nameGroup: 'european',
  },
  {
    code: 'MWBC',
    nationalShare: 0.017,
    ealProbability: 0.03,
    absenceFactor: 1.25,
    eidObservance: 0,
    nameGroup: 'mixed',
  },
  {
    code: 'MWBA',
    nationalShare: 0.009,
    ealProbability: 0.1,
    absenceFactor: 1.0,
    eidObservance: 0.05,
    nameGroup: 'mixed',
  },
  {
    code: 'MWAS',
    nationalShare: 0.017,
    ealProbability: 0.15,
    absenceFactor: 0.9,
    eidObservance: 0.25,
    nameGroup: 'mixed',
  },
  {
    code: 'MOTH',
    nationalShare: 0.025,
    ealProbability: 0.2,
    absenceFactor: 1.05,
    eidObservance: 0.1,
    nameGroup: 'mixed',
  },
  {
    code: 'AIND',
    nationalShare: 0.037,
    ealProbability: 0.6,
    absenceFactor: 0.65,
    eidObservance: 0.05,
    nameGroup: 'south-asian',
  },
  {
    code: 'APKN',
    nationalShare: 0.047,
    ealProbability: 0.7,
    absenceFactor: 0.95,
    eidObservance: 0.95,
    nameGroup: 'south-asian',
  },
  {
    code: 'ABAN',
    nationalShare: 0.018,
    ealProbability: 0.75,
    absenceFactor: 0.9,
    eidObservance: 0.95,
    nameGroup: 'south-asian',
  },
  {
    code: 'AOTH',
    nationalShare: 0.021,
    ealProbability: 0.7,
    absenceFactor: 0.75,
    eidObservance: 0.4,
    nameGroup: 'south-asian',
  },
  {
    code: 'CHNE',
    nationalShare: 0.006,
    ealProbability: 0.7,
    absenceFactor: 0.55,
    eidObservance: 0,
    nameGroup: 'chinese',
  },
  {
    code: 'BCRB',
    nationalShare: 0.01,
    ealProbability: 0.03,
    absenceFactor: 1.1,
    eidObservance: 0,
    nameGroup: 'caribbean',
  },
  {
    code: 'BAFR',
    nationalShare: 0.04,
    ealProbability: 0.55,
    absenceFactor: 0.6,
    eidObservance: 0.3,
    nameGroup: 'african',
  },
  {
    code: 'BOTH',
    nationalShare: 0.006,
    ealProbability: 0.3,
    absenceFactor: 0.75,
    eidObservance: 0.1,
    nameGroup: 'african',
  },
  {
    code: 'OOTH',
    nationalShare: 0.026,
    ealProbability: 0.7,
    absenceFactor: 0.8,
    eidObservance: 0.4,
    nameGroup: 'mixed',
  },
  {
    code: 'REFU',
    nationalShare: 0.007,
    ealProbability: 0.2,
    absenceFactor: 1.0,
    eidObservance: 0.1,
    nameGroup: 'mixed',
  },
  {
    code: 'NOBT',
    nationalShare: 0.01,
    ealProbability: 0.15,
    absenceFactor: 1.0,
    eidObservance: 0.05,
    nameGroup: 'mixed',
  },
];
