import { DFE_ABSENCE_COLUMNS } from './dfe-absence-columns.js';
import { DFE_SYMBOLS } from './dfe-symbols.js';
import { DFE_CHARACTERISTICS, DFE_SCHOOL_TYPES, DFE_TIME_IDENTIFIERS } from './dfe-vocabulary.js';

// COLUMNS.md, generated from the column array and the vocabularies so the documentation cannot drift from the
// code: dfe-absence-columns.spec.ts compares the file with this text and fails when they differ.

const cell = (text: string): string => text.replace(/\|/g, '\\|');

const table = (header: readonly string[], rows: readonly (readonly string[])[]): string[] => [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
];

export function dfeAbsenceColumnsMarkdown(): string {
  return [
    '# DfE absence layout',
    '',
    'The columns of `npm run export -- dfe-absence`, in order: the layout of the DfE\'s "Pupil absence in schools',
    'in England" files. Generated from `DFE_ABSENCE_COLUMNS` and the vocabularies in this folder by',
    '`dfe-absence-columns.spec.ts`; do not edit by hand. After changing them, run',
    '`npx vitest run src/dfe-absence-layout --update` in `libs/domain`.',
    '',
    'Rates are 100 x sessions / possible sessions (persistent and severe absence: 100 x enrolments / enrolments),',
    'from unrounded counts, rounded half up. A figure cell holds a number or one of the symbols below.',
    '',
    '## Columns',
    '',
    ...table(
      ['#', 'column', 'kind', 'meaning'],
      DFE_ABSENCE_COLUMNS.map((column, index) => [
        String(index + 1),
        `\`${column.name}\``,
        column.kind,
        column.description,
      ]),
    ),
    '',
    '## Symbols',
    '',
    ...table(
      ['symbol', 'meaning'],
      Object.entries(DFE_SYMBOLS).map(([symbol, meaning]) => [`\`${symbol}\``, meaning]),
    ),
    '',
    '## Characteristics (`breakdown_topic`, `breakdown`)',
    '',
    ...table(
      ['breakdown_topic', 'breakdown values', 'meaning'],
      Object.entries(DFE_CHARACTERISTICS).map(([topic, { breakdowns, description }]) => [
        topic,
        breakdowns.join('; '),
        description,
      ]),
    ),
    '',
    '## Other label values',
    '',
    ...table(
      ['column', 'values'],
      [
        ['`time_identifier`', DFE_TIME_IDENTIFIERS.join('; ')],
        ['`geographic_level`', 'Local authority; School'],
        ['`school_type`', DFE_SCHOOL_TYPES.join('; ')],
      ],
    ),
    '',
  ].join('\n');
}
