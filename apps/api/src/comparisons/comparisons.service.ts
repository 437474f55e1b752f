import { Inject, Injectable } from '@nestjs/common';
import type { AttendanceMeasures } from '@attendance/analytics';
import {
  comparisonBenchmarks,
  DFE_SYMBOL_MEANINGS,
  phaseForDfeSchoolType,
  type Phase,
} from '@attendance/dfe-benchmarks';
import { dfeSchoolTypeForPhase, type ExportSchoolPhase } from '@attendance/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { Comparisons, OwnComparison } from './models/comparisons.model.js';
import { DFE_BENCHMARKS_ATTRIBUTION, publishedComparison } from './published-comparison.js';
import { publishedSocialCareComparisons } from './published-social-care-comparisons.js';

const DFE_SYMBOLS = Object.entries(DFE_SYMBOL_MEANINGS).map(([symbol, meaning]) => ({ symbol, meaning }));

/** Own figures already worked out by the caller, and the year they are for ("2026/27"). */
export interface OwnFigures {
  academicYear: string;
  phase: Phase;
  own: OwnComparison[];
}

/** Sets the product's own figures beside the DfE's published ones for the LA's region and England. */
@Injectable()
export class ComparisonsService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The benchmarks' phase for a school's phase (all-through schools count with secondary, as the DfE does). */
  phaseOfSchool(schoolPhase: string): Phase {
    return phaseForDfeSchoolType(dfeSchoolTypeForPhase(schoolPhase as ExportSchoolPhase));
  }

  compare({ academicYear, phase, own }: OwnFigures): Comparisons {
    const { laCode, regionCode } = this.config.comparison;
    const benchmarks = comparisonBenchmarks({ academicYear, phase, laCode, regionCode });
    const published = [...benchmarks.daily, ...benchmarks.census].map(publishedComparison);
    const socialCare = publishedSocialCareComparisons({ academicYear, phase, laCode, regionCode });
    const notes: string[] = [];
    if (!laCode) notes.push("The LA's own published figures need LA_CODE (its DfE code) to be set.");
    if (!regionCode) {
      notes.push('Regional figures need LA_CODE, or REGION_CODE for an LA the DfE files do not hold.');
    }
    const years = [...new Set([...published, ...socialCare].map((comparison) => comparison.academicYear))];
    if (years.some((year) => year !== academicYear)) {
      notes.push(
        `The DfE has not published ${academicYear} figures for every method yet: the nearest earlier ones are shown, labelled with their year (${years.join(', ')}).`,
      );
    }
    if (published.length === 0) notes.push(`No published figures at or before ${academicYear}.`);
    if (socialCare.length === 0) {
      notes.push(
        `No published figures for children in need, on a protection plan or looked after at or before ${academicYear}.`,
      );
    }
    return {
      phase,
      own,
      published,
      socialCare,
      notes,
      symbols: DFE_SYMBOLS,
      attribution: DFE_BENCHMARKS_ATTRIBUTION,
    };
  }
}

/** An OwnComparison for some measures. */
export function ownComparison(level: string, label: string, measures: AttendanceMeasures): OwnComparison {
  return { level, label, measures };
}
