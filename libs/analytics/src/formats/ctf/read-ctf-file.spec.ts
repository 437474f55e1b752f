import { collect, useTempFolder } from '../__fixtures__/temp-folder.js';
import { FormatReadError } from '../shared/format-read-error.js';
import { compareCtfTotals } from './compare-ctf-totals.js';
import { readCtfFile, readCtfHeader } from './read-ctf-file.js';

const files = useTempFolder();
const FILE = '900001_20240913_ctf.xml';

const HEADER = `<Header><CTFversion>25.0</CTFversion><DateTime>2024-09-13T18:00:00</DateTime>
<SourceSchool><LEA>999</LEA><Estab>2001</Estab><URN>900001</URN><SchoolName>Elm &amp; Oak</SchoolName></SourceSchool>
<DestSchool><LEA>999</LEA><Estab>LLLL</Estab></DestSchool></Header>`;
const YEAR = `<YearData><Year>2024</Year><LEA>999</LEA><Estab>2001</Estab>
<SessionsPossible>5</SessionsPossible><SessionsAuthorised>2</SessionsAuthorised>
<SessionsAttended>2</SessionsAttended><SessionsUnauthorised>1</SessionsUnauthorised>
<AttendanceStartDate>2024-09-12</AttendanceStartDate>
<AttendanceMarks>/\\I-O[C1]#</AttendanceMarks></YearData>`;
const pupil = (details = '', year = YEAR): string => `<Pupil>
<UPN>A999200124001</UPN><Surname>O'Neil</Surname><Forename>Ada</Forename><DOB>2016-03-04</DOB><Sex>F</Sex>
<BasicDetails><NCyearActual>3</NCyearActual><Ethnicity>WIRI</Ethnicity><EnrolStatus>M</EnrolStatus>
<Languages><Type><LanguageType>F</LanguageType><Language>POL</Language></Type></Languages></BasicDetails>
<LookedAfter><InCare>true</InCare></LookedAfter>
<SENhistory><SEN><StartDate>2022-09-01</StartDate><SENprovision>K</SENprovision></SEN>
<SEN><StartDate>2023-09-01</StartDate><SENprovision>E</SENprovision></SEN></SENhistory>
<FSMhistory><FSMinstance><FSMstartDate>2020-01-01</FSMstartDate><FSMendDate>2021-01-01</FSMendDate></FSMinstance>
<FSMinstance><FSMstartDate>2024-01-01</FSMstartDate></FSMinstance></FSMhistory>
<SchoolHistory><School><LEA>998</LEA><Estab>1111</Estab><EntryDate>2020-09-01</EntryDate><LeavingDate>2022-07-20</LeavingDate></School>
<School><LEA>999</LEA><Estab>2001</Estab><EntryDate>2022-09-01</EntryDate></School></SchoolHistory>
${details}<Attendance>${year}</Attendance></Pupil>`;
const ctf = (body: string, header = HEADER): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CTfile>${header}<CTFpupilData>${body}</CTFpupilData></CTfile>\n`;

describe(readCtfFile.name, () => {
  it('maps a pupil to the canonical row and decodes the year marks with their positions', async () => {
    const [read] = await collect(readCtfFile(await files.write(FILE, ctf(pupil()))));
    expect(read?.header.sourceSchool).toEqual({
      laCode: '999',
      estab: '2001',
      urn: '900001',
      name: 'Elm & Oak',
    });
    expect(read?.pupil).toEqual({
      upn: 'A999200124001',
      forename: 'Ada',
      surname: "O'Neil",
      date_of_birth: '2016-03-04',
      sex: 'F',
      nc_year: '3',
      ethnicity: 'WIRI',
      sen_provision: 'E',
      fsm_eligible: 'Y',
      eal: 'Y',
      cla: 'Y',
      cin: '',
      cpp: '',
      enrolment_status: 'M',
      admission_date: '2022-09-01',
      leaving_date: '',
    });
    const [year] = read?.years ?? [];
    expect(year?.marks.map((row) => `${row.date} ${row.session} ${row.mark} @${row.source.offset}`)).toEqual([
      '2024-09-12 AM / @0',
      '2024-09-12 PM \\ @1',
      '2024-09-13 AM I @2',
      '2024-09-16 AM O @4',
      '2024-09-16 PM C1 @5',
      '2024-09-17 AM # @9',
    ]);
    expect(year?.marks[0]?.source).toMatchObject({ file: FILE, line: 19, field: 'AttendanceMarks' });
    expect(compareCtfTotals(year!, year!.marks)).toEqual([]);
  });

  it('reports each total that disagrees with the marks, naming its element and line', async () => {
    const wrong = YEAR.replace('<SessionsAttended>2', '<SessionsAttended>3');
    const [read] = await collect(readCtfFile(await files.write(FILE, ctf(pupil('', wrong)))));
    const year = read!.years[0]!;
    expect(compareCtfTotals(year, year.marks)).toEqual([
      expect.objectContaining({
        element: 'SessionsAttended',
        stated: 3,
        counted: 2,
        message: `${FILE} line 17, SessionsAttended: states 3 but the AttendanceMarks give 2`,
      }),
    ]);
  });

  it.each([
    [
      'XML that is not well-formed',
      ctf(pupil()).replace('</Forename>', '</Forname>'),
      'malformed-xml',
      `${FILE}, line 5:73: XML is not well-formed: unexpected close tag`,
    ],
    [
      'a file that is not a CTF',
      '<Other/>',
      'missing-element',
      'the root element must be CTfile, got "Other"',
    ],
    [
      'no header before the pupils',
      ctf(pupil(), ''),
      'missing-element',
      'expected CTfile/Header before the first Pupil',
    ],
    [
      'a pupil without a UPN',
      ctf(pupil().replace('<UPN>A999200124001</UPN>', '')),
      'missing-element',
      'field "UPN": expected element UPN in Pupil',
    ],
    [
      'an impossible date of birth',
      ctf(pupil().replace('2016-03-04', '2016-02-30')),
      'bad-date',
      'field "DOB": expected a date YYYY-MM-DD, got "2016-02-30"',
    ],
    [
      'a bad sex',
      ctf(pupil().replace('<Sex>F', '<Sex>X')),
      'bad-value',
      'field "Sex": expected one of M, F, got "X"',
    ],
    [
      'a total that is not a number',
      ctf(pupil('', YEAR.replace('<SessionsPossible>5', '<SessionsPossible>five'))),
      'bad-number',
      'line 16:19, field "SessionsPossible": expected a whole number of sessions, got "five"',
    ],
    [
      'marks without a start date',
      ctf(pupil('', YEAR.replace(/<AttendanceStartDate>.*<\/AttendanceStartDate>/, ''))),
      'missing-element',
      'expected element AttendanceStartDate in YearData',
    ],
    [
      'an unknown mark',
      ctf(pupil('', YEAR.replace('[C1]', 'H'))),
      'bad-mark',
      'line 19:18, field "AttendanceMarks", offset 5 (session 5): expected a register code valid on 2024-09-16 PM',
    ],
    [
      'an unterminated bracket',
      ctf(pupil('', YEAR.replace('[C1]#', '[C1'))),
      'unterminated-bracket',
      'field "AttendanceMarks", offset 5 (session 5): a "[" opens',
    ],
  ])('rejects %s', async (_name, text, problem, message) => {
    const error = await collect(readCtfFile(await files.write(FILE, text))).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(FormatReadError);
    expect(error).toMatchObject({ problem, file: FILE });
    expect((error as Error).message).toContain(message);
  });
});

describe(readCtfHeader.name, () => {
  it('reads the header with its positions and stops there, whatever follows', async () => {
    const broken = ctf(pupil().replace('<UPN>A999200124001</UPN>', '') + '<Pupil><Unclosed>');
    const header = await readCtfHeader(await files.write(FILE, broken));
    expect(header).toMatchObject({
      dateTime: '2024-09-13T18:00:00',
      sourceSchool: { laCode: '999', estab: '2001', urn: '900001' },
      sources: {
        sourceSchool: { file: FILE, line: 3, field: 'SourceSchool' },
        dateTime: { file: FILE, line: 2, field: 'DateTime' },
      },
    });
  });

  it.each([
    ['no header', ctf('', ''), 'expected CTfile/Header'],
    [
      'a header without its source school',
      ctf('', '<Header><DateTime>2024-09-13</DateTime></Header>'),
      'LEA',
    ],
    ['XML broken inside the header', ctf('', HEADER.replace('</URN>', '</UR>')), 'XML is not well-formed'],
  ])('rejects %s', async (_name, text, message) => {
    await expect(readCtfHeader(await files.write(FILE, text))).rejects.toThrow(message);
  });
});

describe('CTF pupil field sources', () => {
  it('records the element each pupil column came from', async () => {
    const [read] = await collect(readCtfFile(await files.write(FILE, ctf(pupil()))));
    expect(read?.fieldSources).toMatchObject({
      upn: { line: 5, field: 'UPN' },
      date_of_birth: { line: 5, field: 'DOB' },
      enrolment_status: { line: 6, field: 'EnrolStatus' },
      admission_date: { line: 14, field: 'EntryDate' },
    });
    expect(read?.fieldSources.leaving_date).toBeUndefined();
  });
});
