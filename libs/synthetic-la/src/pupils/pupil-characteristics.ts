import { addDays, daysBetween, isoDate, type IsoDate } from '@attendance/domain';
import { WeightedTable, type RandomStream } from '../random/random-stream.js';
import type { SyntheticSchool } from '../school-plan/synthetic-school.types.js';
import { ETHNICITIES, WHITE_BRITISH, type EthnicityProfile } from './ethnicity.js';
import { ageOn31AugustBeforeYear } from './nc-year.js';
import { drawPupilName } from './pupil-names.js';
import type { SenProvision, Sex } from './synthetic-pupil.types.js';

// Prevalence targets (England, school census 2023/24, rounded): FSM about 25% (varies by school intake),
// SEN support about 14%, EHC plan about 2% in mainstream schools (every pupil in a special school), EAL about
// 20% (through ethnicity), children in need about 3%, child protection plans about 0.5%, looked after about
// 0.7%. SEN and social care needs are more common among boys and FSM-eligible pupils, as nationally.
export const CHARACTERISTICS_MODEL = {
  boysShare: { mainstream: 0.51, special: 0.72 },
  senSupportChance: 0.115,
  senSupportBoysFactor: 1.3,
  senSupportGirlsFactor: 0.7,
  senSupportFsmFactor: 1.5,
  ehcPlanChanceMainstream: 0.02,
  childInNeedChance: 0.018,
  childProtectionChance: 0.003,
  lookedAfterChance: 0.0045,
  /** Social care chances multiply by this for FSM-eligible pupils (and the rest scale down to keep the mean). */
  socialCareFsmFactor: 3,
} as const;

export interface PupilCharacteristics {
  forename: string;
  surname: string;
  sex: Sex;
  dateOfBirth: IsoDate;
  ethnicity: EthnicityProfile;
  senProvision: SenProvision;
  fsmEligible: boolean;
  eal: boolean;
  cla: boolean;
  cin: boolean;
  cpp: boolean;
}

/** The ethnicity mix for a school: national shares with the non-White-British groups scaled by diversity. */
export function ethnicityTableFor(school: SyntheticSchool): WeightedTable<EthnicityProfile> {
  return new WeightedTable(
    ETHNICITIES.map((profile) => [
      profile,
      profile.code === WHITE_BRITISH ? profile.nationalShare : profile.nationalShare * school.diversity,
    ]),
  );
}

/** Born between 1 September and 31 August so the age on 31 August before the year matches the NC year. */
export function drawDateOfBirth(random: RandomStream, academicYear: number, ncYear: number): IsoDate {
  const age = ageOn31AugustBeforeYear(ncYear);
  const earliest = isoDate(academicYear - age - 1, 9, 1);
  const latest = isoDate(academicYear - age, 8, 31);
  return addDays(earliest, random.int(daysBetween(earliest, latest) + 1));
}

export function drawCharacteristics(
  random: RandomStream,
  school: SyntheticSchool,
  ethnicityTable: WeightedTable<EthnicityProfile>,
  academicYear: number,
  ncYear: number,
): PupilCharacteristics {
  const model = CHARACTERISTICS_MODEL;
  const special = school.phase === 'Special';
  const sex: Sex = random.chance(special ? model.boysShare.special : model.boysShare.mainstream) ? 'M' : 'F';
  const ethnicity = ethnicityTable.draw(random);
  const fsmEligible = random.chance(school.fsmShare);
  const socialCareScale = fsmEligible
    ? model.socialCareFsmFactor / (1 + (model.socialCareFsmFactor - 1) * school.fsmShare)
    : 1 / (1 + (model.socialCareFsmFactor - 1) * school.fsmShare);
  const cla = random.chance(model.lookedAfterChance * socialCareScale);
  const cpp = !cla && random.chance(model.childProtectionChance * socialCareScale);
  const cin = cpp || (!cla && random.chance(model.childInNeedChance * socialCareScale));
  const senProvision = drawSenProvision(random, special, sex, fsmEligible || cin || cla);
  const name = drawPupilName(random, ethnicity.nameGroup, sex);
  return {
    ...name,
    sex,
    dateOfBirth: drawDateOfBirth(random, academicYear, ncYear),
    ethnicity,
    senProvision,
    fsmEligible,
    eal: random.chance(ethnicity.ealProbability),
    cla,
    cin,
    cpp,
  };
}

function drawSenProvision(
  random: RandomStream,
  special: boolean,
  sex: Sex,
  disadvantaged: boolean,
): SenProvision {
  const model = CHARACTERISTICS_MODEL;
  if (special) return 'E';
  const ehcChance = model.ehcPlanChanceMainstream * (sex === 'M' ? 1.4 : 0.6) * (disadvantaged ? 1.5 : 0.85);
  if (random.chance(ehcChance)) return 'E';
  const senSupportChance =
    model.senSupportChance *
    (sex === 'M' ? model.senSupportBoysFactor : model.senSupportGirlsFactor) *
    (disadvantaged ? model.senSupportFsmFactor : 0.85);
  return random.chance(senSupportChance) ? 'K' : 'N';
}
