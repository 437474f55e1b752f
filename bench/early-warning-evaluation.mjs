// `npm run evaluate:early-warning`: how well the early-warning flag and projection (libs/domain/src/early-warning)
// do on data they have not seen, and how its model was chosen. For each seed, a synthetic LA is generated for a
// whole academic year and again cut at each cut-off (the generator draws the whole year's marks first and an
// export is a cut of it, so the cut-off LA is exactly the year's data up to that day, pupils file included: no
// later leaving date, no later joiner). The cut-off LA is loaded into one store and listed there by
// queryEarlyWarning (the SQL the product runs); the whole year, loaded into a second store, says who did end the
// year persistently absent. Judged: pupils in both stores who were not persistently absent at the cut-off.
//
// The model's rules are members of the domain's early-warning family, run by the domain's projectEndOfYear on
// each pupil's figures from the cut-off list (checked first to give back the SQL's own row for the shipped
// model). Next to them, naive rules: the projection "the year ends as it is now" (the year-to-date rate) and
// the flag "absent at least X% so far".
//
// Two modes (EVAL_MODE):
// - `tune` (seeds default 1): the grid. The projection's weights are chosen by the mean absolute error of the
//   projected year (mean over the cut-offs), then the flag's margin and recent-rate rule for that projection by
//   F1 (mean over the cut-offs); ties go to the simpler member. The naive flag's X is chosen by F1 the same way.
//   Prints every member tried, the choices and whether the shipped EARLY_WARNING_MODEL and this script's
//   TUNED_NAIVE_PERCENT_TENTHS are them.
// - `held-out` (default; seeds default 2,3,4): the shipped model next to the model as first shipped and the naive
//   rules (8% so far, the baseline of the first evaluation, and X% with X tuned), per seed and pooled.
// Besides precision, recall and F1 of each flag, "P@50% recall" ranks the judged pupils by the rule's projected
// absence (the naive rules: absence so far) and gives the precision, and the caseload, of the shortest list
// that holds half of those who became persistently absent. Not a test: nothing here can fail on the figures,
// which are whatever they are. Needs the libraries built (the npm script builds them first).
//
// Settings (environment): EVAL_MODE (tune or held-out), EVAL_SEEDS (comma-separated), EVAL_PUPILS (default
// 20000), EVAL_SCHOOLS (default 50), EVAL_DIR (default <tmpdir>/early-warning-evaluation; generated exports are
// kept there and reused while their manifest matches).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { AnalyticsStore, loadExportFolder, queryEarlyWarning, queryLaOverview } from '@attendance/analytics';
import {
  academicYearBounds,
  confusionMatrix,
  defaultLaTermCalendar,
  EARLY_WARNING_MODEL,
  FIRST_EARLY_WARNING_MODEL,
  flagScores,
  meanAbsoluteError,
  precisionAtRecall,
  projectEndOfYear,
  SchoolCalendar,
} from '@attendance/domain';
import { generateSchool, planSyntheticLa } from '@attendance/synthetic-la';
import { ensureGeneratedLa } from './bench-exports.mjs';

const ACADEMIC_YEAR = 2025;
const PAGE = 500;
/** The share of those who became persistently absent that the "precision at recall" list must hold. */
const FIXED_RECALL = 0.5;

/** The members tried in tune mode (flag margins: whole points at the start of the year). */
const GRID = {
  recentWeightQuarters: [0, 1, 2, 3, 4, 6, 8],
  schoolWeightTenths: [0, 1, 2, 3, 5],
  flagMarginTenths: Array.from({ length: 11 }, (_, index) => 10 * index),
  recentAbsenceFlagPercent: [null, 15, 20, 25, 30],
};
/** The naive flag's X tried in tune mode, in tenths of a percent: 4% to 10% by halves. */
const NAIVE_PERCENT_TENTHS = Array.from({ length: 13 }, (_, index) => 40 + 5 * index);
/** The naive flag of the first evaluation: absent 8% or more so far. */
const NAIVE_PERCENT_TENTHS_FIRST = 80;
/** The naive flag with X chosen on seed 1 like the model's flag (EVAL_MODE=tune prints it). */
const TUNED_NAIVE_PERCENT_TENTHS = 60;

const member = (parts) => ({
  recentWeightQuarters: 0,
  schoolWeightTenths: 0,
  flagMarginTenths: 0,
  recentAbsenceFlagPercent: null,
  ...parts,
});

const log = (text) => console.log(`[evaluate] ${text}`);

function positiveInteger(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, got "${text}"`);
  return value;
}

function settings() {
  const mode = process.env.EVAL_MODE || 'held-out';
  if (mode !== 'tune' && mode !== 'held-out')
    throw new Error(`EVAL_MODE must be tune or held-out, got "${mode}"`);
  const seedsText = process.env.EVAL_SEEDS || (mode === 'tune' ? '1' : '2,3,4');
  const seeds = seedsText.split(',').map((text) => {
    const seed = Number(text.trim());
    if (!Number.isInteger(seed) || seed <= 0)
      throw new Error(`EVAL_SEEDS must list positive whole numbers, got "${seedsText}"`);
    return seed;
  });
  return {
    mode,
    seeds,
    pupils: positiveInteger('EVAL_PUPILS', 20_000),
    schools: positiveInteger('EVAL_SCHOOLS', 50),
    root: process.env.EVAL_DIR ?? join(tmpdir(), 'early-warning-evaluation'),
  };
}

/** The end of the autumn term and the last day before February half term: the last days of half terms 2 and 3. */
function cutOffs() {
  const halfTerms = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(ACADEMIC_YEAR)).halfTerms(
    ACADEMIC_YEAR,
  );
  const endOf = (number) => halfTerms.find((halfTerm) => halfTerm.number === number).end;
  return [
    { name: 'end of autumn term', date: endOf(2) },
    { name: 'February half term', date: endOf(3) },
  ];
}

const key = (pupil) => `${pupil.urn} ${pupil.upn}`;

/** Every row of the (shipped model's) early-warning list, page by page, by key, with the list's dates. */
async function earlyWarningRows(store) {
  const rows = new Map();
  for (let offset = 0; ; offset += PAGE) {
    const page = await queryEarlyWarning(store, { sort: 'school', limit: PAGE, offset });
    for (const pupil of page.pupils) rows.set(key(pupil), pupil);
    if (offset + PAGE >= page.length) return { start: page.start, recentFrom: page.recentFrom, rows };
  }
}

async function loadedStore(folder) {
  const store = await AnalyticsStore.open({ path: ':memory:' });
  await loadExportFolder(store, folder);
  return store;
}

/** Year-end attendance and persistent absence per enrolment, checked against the LA overview's own count. */
async function yearEndTruth(folder) {
  const store = await loadedStore(folder);
  try {
    const { rows } = await earlyWarningRows(store);
    const { headline } = await queryLaOverview(store);
    const persistent = [...rows.values()].filter((pupil) => pupil.alreadyPersistent).length;
    if (rows.size !== headline.enrolments || persistent !== headline.persistentAbsentees) {
      throw new Error(
        `Year-end truth disagrees with the LA overview: ${rows.size} enrolments and ${persistent} persistent absentees, overview ${headline.enrolments} and ${headline.persistentAbsentees}`,
      );
    }
    return rows;
  } finally {
    await store.close();
  }
}

/** Enrolments (URN UPN) whose generator profile has a declining attendance. */
function decliningPupils(options) {
  const plan = planSyntheticLa(options);
  const declining = new Set();
  plan.schools.forEach((school, index) => {
    for (const { pupil, profile } of generateSchool(plan, index).pupils) {
      if (profile.decline) declining.add(`${school.urn} ${pupil.upn}`);
    }
  });
  return declining;
}

/** The domain's input for one row of the list: its sessions before and in the recent weeks, as the SQL counted them. */
function inputOf(pupil, list) {
  const recent = { possible: pupil.recentPossibleSessions, attended: pupil.recentAttendedSessions };
  const weeks = [
    {
      weekStart: list.start,
      possible: pupil.possibleSessions - recent.possible,
      attended: pupil.attendedSessions - recent.attended,
    },
  ];
  if (list.recentFrom !== null) weeks.push({ weekStart: list.recentFrom, ...recent });
  return {
    weeks,
    recentFrom: list.recentFrom,
    remainingPossibleSessions: pupil.remainingPossibleSessions,
    schoolAttendancePermille: Math.round(pupil.schoolAttendanceRate * 10),
  };
}

/** One cut-off's pupils, ready for any member of the family: their inputs, year-end truth and decline. */
function cutOffPupils(list, truth, declining) {
  const pupils = [];
  for (const pupil of list.rows.values()) {
    const yearEnd = truth.get(key(pupil));
    if (!yearEnd) continue;
    const input = inputOf(pupil, list);
    const { urn: _urn, schoolName: _name, upn: _upn, yearGroup: _year, ...figures } = pupil;
    if (!isDeepStrictEqual(projectEndOfYear(input, EARLY_WARNING_MODEL), figures)) {
      throw new Error(
        `${key(pupil)}: the domain does not give back the SQL's row from the row's own figures`,
      );
    }
    pupils.push({
      input,
      possible: pupil.possibleSessions,
      attended: pupil.attendedSessions,
      alreadyPersistent: pupil.alreadyPersistent,
      happened: yearEnd.alreadyPersistent,
      actual: yearEnd.attendanceRate,
      declining: declining.has(key(pupil)),
    });
  }
  return pupils;
}

/** A rule from a member of the family: its projection and flag, ranked by projected absence. */
const modelRule = (model) => (pupil) => {
  const projection = projectEndOfYear(pupil.input, model);
  return { projected: projection.projectedAttendanceRate, flagged: projection.likelyPersistent };
};

/** The naive rule: the year ends as it is now; flag from `tenths` tenths of a percent of absence so far (null: never). */
const naiveRule = (tenths) => (pupil) => ({
  projected: (pupil.attended * 100) / pupil.possible,
  flagged: tenths !== null && (pupil.possible - pupil.attended) * 1000 >= tenths * pupil.possible,
});

/** A rule's outcomes at one cut-off: flags and scores of the judged pupils, projections of all. */
function outcomesOf(pupils, rule) {
  const outcomes = [];
  const scored = [];
  const errors = [];
  for (const pupil of pupils) {
    const { projected, flagged } = rule(pupil);
    errors.push({ predicted: projected, actual: pupil.actual });
    if (pupil.alreadyPersistent) continue;
    outcomes.push({ flagged, happened: pupil.happened, declining: pupil.declining });
    scored.push({ score: 100 - projected, happened: pupil.happened });
  }
  return { outcomes, scored, errors };
}

/** Summary figures of a member over some outcomes. */
function figuresOf({ outcomes, scored, errors }) {
  return {
    scores: flagScores(confusionMatrix(outcomes)),
    decliners: flagScores(confusionMatrix(outcomes.filter((outcome) => outcome.declining))),
    atRecall: precisionAtRecall(scored, FIXED_RECALL),
    mae: meanAbsoluteError(errors),
  };
}

const percent = (value) => (value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`);
const fixed = (value, digits) => (value === null ? 'n/a' : value.toFixed(digits));
const mean = (values) =>
  values.some((value) => value === null) ? null : values.reduce((a, b) => a + b, 0) / values.length;

function printTable(header, rows) {
  const widths = header.map((name, column) =>
    Math.max(name.length, ...rows.map((cells) => cells[column].length)),
  );
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log('');
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const cells of rows) console.log(line(cells));
}

const margin = (model) => `${model.flagMarginTenths / 10} pts`;
const describe = (model) =>
  `recent weight ${model.recentWeightQuarters / 4}, school weight ${model.schoolWeightTenths / 10}, flag from a projected absence of 10% less ${margin(model)} x the share of the year to come${model.recentAbsenceFlagPercent === null ? '' : ` or ${model.recentAbsenceFlagPercent}% recent absence`}`;

/** Every seed's cut-offs, loaded and judged: [{ seed, cutOff, pupils }]. */
async function loadCutOffs({ seeds, pupils, schools, root }) {
  const yearEnd = academicYearBounds(ACADEMIC_YEAR).end;
  const loaded = [];
  for (const seed of seeds) {
    const options = { seed, schools, pupils, academicYear: ACADEMIC_YEAR };
    const folderOf = (asOf) => join(root, `la-p${pupils}-s${schools}-seed${seed}-${asOf}`);
    await ensureGeneratedLa({ ...options, asOf: yearEnd }, folderOf(yearEnd), log);
    log(`seed ${seed}: loading the whole year`);
    const truth = await yearEndTruth(folderOf(yearEnd));
    const declining = decliningPupils({ ...options, asOf: yearEnd });
    for (const cutOff of cutOffs()) {
      await ensureGeneratedLa({ ...options, asOf: cutOff.date }, folderOf(cutOff.date), log);
      log(`seed ${seed}: loading up to ${cutOff.date} (${cutOff.name})`);
      const store = await loadedStore(folderOf(cutOff.date));
      try {
        loaded.push({
          seed,
          cutOff: cutOff.date,
          pupils: cutOffPupils(await earlyWarningRows(store), truth, declining),
        });
      } finally {
        await store.close();
      }
    }
  }
  log(
    `${pupils} pupils, ${schools} schools, academic year ${ACADEMIC_YEAR}/${ACADEMIC_YEAR + 1}; truth: the whole year to ${yearEnd}`,
  );
  log(
    'judged: statutory-cohort enrolments in both stores, not persistently absent at the cut-off; MAE over all of them, already persistent included',
  );
  return loaded;
}

/** The cut-offs' pupils pooled over the seeds: [{ cutOff, pupils }]. */
function pooledByCutOff(loaded) {
  const pooled = new Map();
  for (const { cutOff, pupils } of loaded) pooled.set(cutOff, [...(pooled.get(cutOff) ?? []), ...pupils]);
  return [...pooled].map(([cutOff, pupils]) => ({ cutOff, pupils }));
}

/** A rule's figures at each cut-off, and the means over the cut-offs that the choice is made on. */
function evaluateRule(cutOffs, rule) {
  const perCutOff = cutOffs.map(({ pupils }) => figuresOf(outcomesOf(pupils, rule)));
  return {
    perCutOff,
    meanMae: mean(perCutOff.map((figures) => figures.mae)),
    meanF1: mean(perCutOff.map((figures) => figures.scores.f1 ?? 0)),
    meanPrecisionAtRecall: mean(perCutOff.map((figures) => figures.atRecall?.precision ?? null)),
  };
}

const evaluateMember = (cutOffs, model) => ({ model, ...evaluateRule(cutOffs, modelRule(model)) });

/** The best of `members` by `better`, the earlier (simpler) one on a tie. */
const best = (members, better) => members.reduce((chosen, next) => (better(next, chosen) ? next : chosen));

/** The flag margin (no recent-rate rule) with the best mean F1 for a projection. */
function bestMargin(cutOffs, projection) {
  return best(
    GRID.flagMarginTenths.map((flagMarginTenths) =>
      evaluateMember(cutOffs, { ...projection, flagMarginTenths }),
    ),
    (a, b) => a.meanF1 > b.meanF1,
  );
}

function tune(cutOffs) {
  const names = cutOffs.map(({ cutOff }) => cutOff);
  log(`tuning on ${names.join(' and ')}: ${cutOffs.map(({ pupils }) => pupils.length).join(' and ')} pupils`);
  const projections = GRID.recentWeightQuarters.flatMap((recentWeightQuarters) =>
    GRID.schoolWeightTenths.map((schoolWeightTenths) => {
      const projection = member({ recentWeightQuarters, schoolWeightTenths });
      return {
        projection,
        figures: evaluateMember(cutOffs, projection),
        flag: bestMargin(cutOffs, projection),
      };
    }),
  );
  const chosenProjection = best(projections, (a, b) => a.figures.meanMae < b.figures.meanMae);
  printTable(
    [
      'recent weight',
      'school weight',
      ...names.map((name) => `MAE ${name}`),
      'mean MAE',
      `P@${FIXED_RECALL * 100}% recall (mean)`,
      'best flag margin',
      ...names.map((name) => `its F1 ${name}`),
      'its mean F1',
      '',
    ],
    projections.map((entry) => [
      String(entry.projection.recentWeightQuarters / 4),
      String(entry.projection.schoolWeightTenths / 10),
      ...entry.figures.perCutOff.map((cut) => fixed(cut.mae, 3)),
      fixed(entry.figures.meanMae, 3),
      percent(entry.figures.meanPrecisionAtRecall),
      margin(entry.flag.model),
      ...entry.flag.perCutOff.map((cut) => fixed(cut.scores.f1, 3)),
      fixed(entry.flag.meanF1, 3),
      entry === chosenProjection ? 'chosen (lowest mean MAE)' : '',
    ]),
  );

  const flags = GRID.flagMarginTenths.flatMap((flagMarginTenths) =>
    GRID.recentAbsenceFlagPercent.map((recentAbsenceFlagPercent) =>
      evaluateMember(cutOffs, {
        ...chosenProjection.projection,
        flagMarginTenths,
        recentAbsenceFlagPercent,
      }),
    ),
  );
  const chosen = best(flags, (a, b) => a.meanF1 > b.meanF1);
  console.log('');
  log(
    `flags for the chosen projection (recent weight ${chosenProjection.projection.recentWeightQuarters / 4}, school weight ${chosenProjection.projection.schoolWeightTenths / 10}); margin: points under 10% projected absence at the start of the year, times the share of the year to come`,
  );
  printTable(
    [
      'margin',
      'or recent absence',
      ...names.flatMap((name) => [`flagged ${name}`, `precision`, `recall`, `F1`]),
      'mean F1',
      '',
    ],
    flags.map((figures) => [
      margin(figures.model),
      figures.model.recentAbsenceFlagPercent === null ? '-' : `>= ${figures.model.recentAbsenceFlagPercent}%`,
      ...figures.perCutOff.flatMap((cut) => [
        String(cut.scores.flagged),
        percent(cut.scores.precision),
        percent(cut.scores.recall),
        fixed(cut.scores.f1, 3),
      ]),
      fixed(figures.meanF1, 3),
      figures === chosen ? 'chosen (best mean F1)' : '',
    ]),
  );

  const naive = NAIVE_PERCENT_TENTHS.map((tenths) => ({
    tenths,
    ...evaluateRule(cutOffs, naiveRule(tenths)),
  }));
  const chosenNaive = best(naive, (a, b) => a.meanF1 > b.meanF1);
  console.log('');
  log('the naive flag "absent >= X% so far"');
  printTable(
    ['X', ...names.flatMap((name) => [`flagged ${name}`, 'F1']), 'mean F1', ''],
    naive.map((entry) => [
      `${entry.tenths / 10}%`,
      ...entry.perCutOff.flatMap((cut) => [String(cut.scores.flagged), fixed(cut.scores.f1, 3)]),
      fixed(entry.meanF1, 3),
      entry === chosenNaive ? 'chosen (best mean F1)' : '',
    ]),
  );
  console.log('');
  log(
    `chosen model: ${describe(chosen.model)}; mean MAE ${fixed(chosen.meanMae, 3)}, mean F1 ${fixed(chosen.meanF1, 3)}`,
  );
  log(
    isDeepStrictEqual(chosen.model, { ...EARLY_WARNING_MODEL })
      ? 'the shipped EARLY_WARNING_MODEL is this choice'
      : `WARNING: the shipped EARLY_WARNING_MODEL (${describe(EARLY_WARNING_MODEL)}) is not this choice`,
  );
  log(
    chosenNaive.tenths === TUNED_NAIVE_PERCENT_TENTHS
      ? `TUNED_NAIVE_PERCENT_TENTHS is the naive choice (${chosenNaive.tenths / 10}%)`
      : `WARNING: TUNED_NAIVE_PERCENT_TENTHS (${TUNED_NAIVE_PERCENT_TENTHS}) is not the naive choice (${chosenNaive.tenths})`,
  );
}

const HELD_OUT_RULES = [
  { name: 'model (shipped)', rule: modelRule(EARLY_WARNING_MODEL), flags: true },
  { name: 'model as first shipped', rule: modelRule(FIRST_EARLY_WARNING_MODEL), flags: true },
  { name: 'naive: projection = so far', rule: naiveRule(null), flags: false },
  {
    name: `naive: absent >= ${NAIVE_PERCENT_TENTHS_FIRST / 10}% so far`,
    rule: naiveRule(NAIVE_PERCENT_TENTHS_FIRST),
    flags: true,
  },
  {
    name: `naive: absent >= ${TUNED_NAIVE_PERCENT_TENTHS / 10}% so far (tuned)`,
    rule: naiveRule(TUNED_NAIVE_PERCENT_TENTHS),
    flags: true,
  },
];

function heldOutRow(label, cutOff, { name, rule, flags }, pupils) {
  const { scores, decliners, atRecall, mae } = figuresOf(outcomesOf(pupils, rule));
  const flagCells = flags
    ? [
        String(scores.flagged),
        percent(scores.precision),
        percent(scores.recall),
        fixed(scores.f1, 3),
        `${percent(decliners.recall)} of ${decliners.truePositives + decliners.falseNegatives}`,
      ]
    : ['0', 'n/a', '0.0%', 'n/a', '0.0%'];
  return [
    label,
    cutOff,
    name,
    String(scores.total),
    percent(scores.baseRate),
    ...flagCells,
    atRecall === null ? 'n/a' : `${percent(atRecall.precision)} (${atRecall.flagged})`,
    fixed(mae, 2),
  ];
}

function heldOut(loaded, seeds) {
  const rows = [];
  for (const { seed, cutOff, pupils } of loaded) {
    for (const rule of HELD_OUT_RULES) rows.push(heldOutRow(String(seed), cutOff, rule, pupils));
  }
  if (seeds.length > 1) {
    for (const { cutOff, pupils } of pooledByCutOff(loaded)) {
      for (const rule of HELD_OUT_RULES)
        rows.push(heldOutRow(`all (${seeds.join(',')})`, cutOff, rule, pupils));
    }
  }
  log(`shipped model: ${describe(EARLY_WARNING_MODEL)}`);
  printTable(
    [
      'seed',
      'cut-off',
      'rule',
      'judged',
      'base rate',
      'flagged',
      'precision',
      'recall',
      'F1',
      'decliners caught',
      `P@${FIXED_RECALL * 100}% recall (list)`,
      'MAE (pts)',
    ],
    rows,
  );
}

async function main() {
  const options = settings();
  const loaded = await loadCutOffs(options);
  if (options.mode === 'tune') tune(pooledByCutOff(loaded));
  else heldOut(loaded, options.seeds);
}

await main();
