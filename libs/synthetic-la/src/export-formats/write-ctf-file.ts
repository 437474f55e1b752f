import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { attendedSessions, countSessions, type IsoDate } from '@attendance/domain';
import { ByteChunkWriter } from '../export/byte-chunk-writer.js';
import { exportedMarkRows, exportedPupils, type MarkRow } from '../export/export-view.js';
import { ncYearLabel } from '../pupils/nc-year.js';
import type { SyntheticPupil } from '../pupils/synthetic-pupil.types.js';
import type { GeneratedSchool } from '../school/generate-school.js';
import type { ExportCut, SyntheticLaPlan } from '../school-plan/plan-synthetic-la.js';
import type { SyntheticSchool } from '../school-plan/synthetic-school.types.js';
import { renderXml, type XmlNode } from './ctf-xml.js';
import { encodeSessionString } from './session-string-encoder.js';

/** CTF version written in the header (the element layout is documented in the analytics formats README). */
export const CTF_VERSION = '25.0';

export function ctfFileName(urn: string, exportDate: IsoDate): string {
  return `${urn}_${exportDate.replace(/-/g, '')}_ctf.xml`;
}

/**
 * A CTF's name as schools' systems write it: `<LAESTAB>_CTF_<destination LAESTAB>_<nnn>.xml`, the sender's
 * LAESTAB first and a sequence number last; a CTF to the LA names it with establishment `LLLL`.
 */
export function dfeCtfFileName(laestab: string, destination: string, sequence: number): string {
  return `${laestab}_CTF_${destination}_${String(sequence).padStart(3, '0')}.xml`;
}

/**
 * Writes one school's export as a Common Transfer File from the school to its LA: the header, then one
 * `Pupil` per pupil in the export with characteristics and `Attendance/YearData` (totals counted by the
 * domain's `countSessions`, marks as a session string). Streams pupil by pupil. Returns the file name
 * (`ctfFileName` unless another, e.g. `dfeCtfFileName`, is given).
 * CTF carries no child-in-need or child-protection flags, so `cin` and `cpp` are not written.
 */
export async function writeCtfFile(
  plan: SyntheticLaPlan,
  school: GeneratedSchool,
  cut: ExportCut,
  outDir: string,
  fileName: string = ctfFileName(school.school.urn, cut.exportDate),
): Promise<string> {
  const writer = new ByteChunkWriter(createWriteStream(join(outDir, fileName)));
  await writer.writeText('<?xml version="1.0" encoding="UTF-8"?>\n<CTfile>\n');
  await writer.writeText(renderXml(headerNode(plan, school.school, cut), '  '));
  await writer.writeText('  <CTFpupilData>\n');
  const marksByUpn = groupMarks(exportedMarkRows(school, cut, plan.timeline.days));
  for (const pupil of exportedPupils(school, cut)) {
    const node = pupilNode(plan, school.school, pupil, marksByUpn.get(pupil.upn) ?? []);
    await writer.writeText(renderXml(node, '    '));
  }
  await writer.writeText('  </CTFpupilData>\n</CTfile>\n');
  await writer.end();
  return fileName;
}

function groupMarks(rows: Iterable<MarkRow>): Map<string, MarkRow[]> {
  const byUpn = new Map<string, MarkRow[]>();
  for (const row of rows) {
    const list = byUpn.get(row.upn);
    if (list) list.push(row);
    else byUpn.set(row.upn, [row]);
  }
  return byUpn;
}

function headerNode(plan: SyntheticLaPlan, school: SyntheticSchool, cut: ExportCut): XmlNode {
  return [
    'Header',
    [
      ['DocumentName', 'Common Transfer File'],
      ['CTFversion', CTF_VERSION],
      // The export night, never the clock: the generator is deterministic.
      ['DateTime', `${cut.exportDate}T18:00:00`],
      ['DocumentQualifier', 'full'],
      ['SupplierID', 'Attendance Insight synthetic LA'],
      [
        'SourceSchool',
        [
          ['LEA', plan.laCode],
          ['Estab', school.establishmentNumber],
          ['URN', school.urn],
          ['SchoolName', school.name],
          ['AcademicYear', String(plan.timeline.academicYear)],
        ],
      ],
      // A CTF to the LA itself names the LA with establishment LLLL.
      [
        'DestSchool',
        [
          ['LEA', plan.laCode],
          ['Estab', 'LLLL'],
        ],
      ],
    ],
  ];
}

function pupilNode(
  plan: SyntheticLaPlan,
  school: SyntheticSchool,
  pupil: SyntheticPupil,
  marks: readonly MarkRow[],
): XmlNode {
  const encoded = encodeSessionString(marks);
  const counts = countSessions(marks);
  return [
    'Pupil',
    [
      ['UPN', pupil.upn],
      ['Surname', pupil.surname],
      ['Forename', pupil.forename],
      ['DOB', pupil.dateOfBirth],
      ['Sex', pupil.sex],
      [
        'BasicDetails',
        [
          ['NCyearActual', ncYearLabel(pupil.ncYear)],
          ['Ethnicity', pupil.ethnicity],
          ['EnrolStatus', pupil.enrolmentStatus],
          [
            'Languages',
            [
              [
                'Type',
                [
                  ['LanguageType', 'F'],
                  ['Language', pupil.eal ? 'OTH' : 'ENG'],
                ],
              ],
            ],
          ],
        ],
      ],
      ['LookedAfter', [['InCare', pupil.cla ? 'true' : 'false']]],
      pupil.senProvision === 'N'
        ? null
        : [
            'SENhistory',
            [
              [
                'SEN',
                [
                  ['StartDate', pupil.admissionDate],
                  ['SENprovision', pupil.senProvision],
                ],
              ],
            ],
          ],
      pupil.fsmEligible ? ['FSMhistory', [['FSMinstance', [['FSMstartDate', pupil.admissionDate]]]]] : null,
      [
        'SchoolHistory',
        [
          [
            'School',
            [
              ['LEA', plan.laCode],
              ['Estab', school.establishmentNumber],
              ['SchoolName', school.name],
              ['EntryDate', pupil.admissionDate],
              pupil.leavingDate === null ? null : ['LeavingDate', pupil.leavingDate],
            ],
          ],
        ],
      ],
      encoded === null
        ? null
        : [
            'Attendance',
            [
              [
                'YearData',
                [
                  ['Year', String(plan.timeline.academicYear)],
                  ['LEA', plan.laCode],
                  ['Estab', school.establishmentNumber],
                  ['SchoolName', school.name],
                  ['SessionsPossible', String(counts.possible)],
                  ['SessionsAuthorised', String(counts.authorised)],
                  ['SessionsAttended', String(attendedSessions(counts))],
                  ['SessionsUnauthorised', String(counts.unauthorised)],
                  ['AttendanceStartDate', encoded.startDate],
                  ['AttendanceMarks', encoded.marks],
                ],
              ],
            ],
          ],
    ],
  ];
}
