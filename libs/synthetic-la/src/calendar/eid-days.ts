import { addDays, dayOfWeek, daysBetween, type IsoDate } from '@attendance/domain';

// Approximate Eid dates, for a few religious-observance (`R`) marks. The Islamic calendar is lunar: each
// festival comes about 354.37 days after the last. Anchored on Eid al-Fitr 10 April 2024; Eid al-Adha falls
// about 68 days later. The real date depends on moon sighting, so these can be a day or two out, which is
// fine for synthetic data. A festival at a weekend moves to the Monday, when families often still observe it.
const EID_AL_FITR_ANCHOR: IsoDate = '2024-04-10';
const LUNAR_YEAR_DAYS = 354.367;
const EID_AL_ADHA_AFTER_FITR_DAYS = 68;

export function approximateEidDates(from: IsoDate, to: IsoDate): IsoDate[] {
  const first = Math.floor(daysBetween(EID_AL_FITR_ANCHOR, from) / LUNAR_YEAR_DAYS) - 1;
  const last = Math.ceil(daysBetween(EID_AL_FITR_ANCHOR, to) / LUNAR_YEAR_DAYS) + 1;
  const dates: IsoDate[] = [];
  for (let cycle = first; cycle <= last; cycle += 1) {
    const fitr = addDays(EID_AL_FITR_ANCHOR, Math.round(cycle * LUNAR_YEAR_DAYS));
    for (const festival of [fitr, addDays(fitr, EID_AL_ADHA_AFTER_FITR_DAYS)]) {
      const weekday = dayOfWeek(festival);
      const observed = weekday >= 6 ? addDays(festival, 8 - weekday) : festival;
      if (observed >= from && observed <= to) dates.push(observed);
    }
  }
  return dates.sort();
}
