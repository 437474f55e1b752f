import type { RandomStream } from '../random/random-stream.js';

// Invented place names built from common English place-name parts, so no name points at a real school.
const PLACE_STARTS = [
  'Ash',
  'Beech',
  'Birch',
  'Brook',
  'Castle',
  'Cedar',
  'Church',
  'Clay',
  'Cliff',
  'Elm',
  'Fair',
  'Fern',
  'Green',
  'Hazel',
  'High',
  'Holly',
  'King',
  'Lark',
  'Long',
  'Maple',
  'Mead',
  'Mill',
  'Moor',
  'New',
  'North',
  'Oak',
  'Park',
  'Queen',
  'Red',
  'Rose',
  'Sand',
  'South',
  'Spring',
  'Stone',
  'Thorn',
  'West',
  'White',
  'Willow',
  'Wood',
  'Yew',
  'East',
  'Bright',
  'Hart',
  'Cran',
  'Ridge',
  'Summer',
  'Lime',
  'Haw',
] as const;
const PLACE_ENDS = [
  'field',
  'brook',
  'wood',
  'bank',
  'gate',
  'hill',
  'lands',
  'mead',
  'side',
  'way',
  'bury',
  'ford',
  'dale',
  'croft',
  'moor',
  'ley',
] as const;
const SAINTS = [
  "St Mary's",
  "St John's",
  "St Peter's",
  "St Paul's",
  "St Joseph's",
  "St Anne's",
  "St Bede's",
  "St Chad's",
  "St Michael's",
  "St Margaret's",
  "St Augustine's",
  "St Francis'",
  "St Teresa's",
  "St Patrick's",
  "St George's",
  "St Andrew's",
  "St James'",
  "St Luke's",
  "St Mark's",
  "St Matthew's",
  "St Catherine's",
  "St Edmund's",
  "St Hilda's",
  'Holy Trinity',
  'Christ Church',
  'Sacred Heart',
  'Our Lady of Lourdes',
  'St Thomas More',
  'All Saints',
  'Holy Family',
] as const;

/** Hands out place names and dedication names without repeats inside one LA. */
export class SchoolNamePool {
  private readonly usedPlaces = new Set<string>();
  private readonly usedSaints = new Set<string>();

  constructor(private readonly random: RandomStream) {}

  place(): string {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const candidate = `${this.random.pick(PLACE_STARTS)}${this.random.pick(PLACE_ENDS)}`;
      if (!this.usedPlaces.has(candidate)) {
        this.usedPlaces.add(candidate);
        return candidate;
      }
    }
    // Very large LAs run out of two-part names: a compass suffix keeps them unique.
    for (const suffix of ['North', 'South', 'East', 'West', 'Central', 'Upper', 'Lower']) {
      for (const start of PLACE_STARTS) {
        for (const end of PLACE_ENDS) {
          const name = `${start}${end} ${suffix}`;
          if (!this.usedPlaces.has(name)) {
            this.usedPlaces.add(name);
            return name;
          }
        }
      }
    }
    throw new Error('Ran out of synthetic school names');
  }

  /** A dedication for a church school; falls back to a place name when every dedication is taken. */
  dedication(): string {
    const free = SAINTS.filter((saint) => !this.usedSaints.has(saint));
    if (free.length === 0) return this.place();
    const saint = this.random.pick(free);
    this.usedSaints.add(saint);
    return saint;
  }
}
