import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from './command-context.js';
import { runExportCommand } from './export.command.js';
import { runGenerateCommand } from './generate.command.js';
import { runIngestCommand } from './ingest.command.js';

describe('generate and ingest commands', () => {
  let workDir: string;
  let exportsDir: string;
  const previousDataDir = process.env['DATA_DIR'];

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'attendance-cli-'));
    exportsDir = join(workDir, 'exports');
    process.env['DATA_DIR'] = join(workDir, 'data');
  });

  afterAll(async () => {
    process.env['DATA_DIR'] = previousDataDir;
    await rm(workDir, { recursive: true, force: true });
  });

  it('generates a small synthetic LA in the export format', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const exitCode = await runGenerateCommand([
      '--out',
      exportsDir,
      '--schools',
      '3',
      '--pupils',
      '240',
      '--seed',
      '7',
      '--as-of',
      '2026-10-02',
    ]);
    log.mockRestore();

    expect(exitCode).toBe(0);
    const files = await readdir(exportsDir);
    expect(files).toContain('schools.csv');
    expect(files.filter((name) => /^\d{6}_\d{8}_marks\.csv$/.test(name)).length).toBeGreaterThanOrEqual(3);
    const manifest = JSON.parse(await readFile(join(exportsDir, 'manifest.json'), 'utf8'));
    expect(manifest.options).toMatchObject({
      schools: 3,
      pupils: 240,
      seed: 7,
      asOf: '2026-10-02',
      academicYear: 2026,
    });
  });

  it('ingests the folder into DATA_DIR and can ingest it again without change', async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    const first = await runIngestCommand([exportsDir]);
    const second = await runIngestCommand([exportsDir]);
    log.mockRestore();

    expect([first, second]).toEqual([0, 0]);
    const summaries = lines.filter((line) => line.startsWith('Run '));
    expect(summaries).toHaveLength(2);
    const [, loaded] =
      /succeeded; (\d+) exports loaded, 0 skipped, 0 failed, \d+ marks/.exec(summaries[0] ?? '') ?? [];
    expect(Number(loaded)).toBeGreaterThanOrEqual(3);
    // The same files again: every export is skipped by checksum and nothing is loaded.
    expect(summaries[1]).toMatch(
      new RegExp(`succeeded; 0 exports loaded, ${loaded} skipped, 0 failed, 0 marks`),
    );
    expect(
      lines.some((line) => /^\[1\/\d+\] \d{6} export of 2026-\d{2}-\d{2}: \d+ pupils, \d+ marks/.test(line)),
    ).toBe(true);
    const table = lines.find((line) => line.includes('School  Loaded  Skipped  Failed'));
    expect(table?.split('\n').length).toBeGreaterThanOrEqual(2 + 3);
  }, 60_000);

  it('exports the loaded figures in the DfE absence file layout', async () => {
    const out = join(workDir, 'dfe-absence.csv');
    const area = ['--la-code', '999', '--new-la-code', 'E99999999', '--la-name', 'Synthetic Borough'];
    const region = ['--region-code', 'E12000002', '--region-name', 'North West'];
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const exitCode = await runExportCommand(['dfe-absence', '--out', out, ...area, ...region]);
    log.mockRestore();

    expect(exitCode).toBe(0);
    const [header, firstRow] = (await readFile(out, 'utf8')).split('\n');
    expect(header).toMatch(/^time_period,time_identifier,geographic_level,/);
    expect(header).toContain(',enrolments_pa_10_exact,enrolments_pa_10_exact_percent,');
    expect(firstRow).toMatch(/^202627,Academic year,Local authority,E92000001,England,E12000002,North West,/);
    await expect(runExportCommand(['dfe-absence', '--out', out, ...area])).rejects.toThrow(UsageError);

    // An LA the DfE's files know needs only its code: Suffolk (935) in the East of England.
    const log2 = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await runExportCommand(['dfe-absence', '--out', out, '--la-code', '935'])).toBe(0);
    log2.mockRestore();
    const [, suffolkRow] = (await readFile(out, 'utf8')).split('\n');
    expect(suffolkRow).toContain(',E12000006,East of England,935,E10000029,Suffolk,');
    await expect(runExportCommand(['school-census'])).rejects.toThrow(/knows one file, dfe-absence/);
  }, 60_000);

  it('generates a folder in every format (--format mixed) and ingests it', async () => {
    const mixedDir = join(workDir, 'mixed');
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    const generated = await runGenerateCommand([
      ...['--out', mixedDir, '--schools', '4', '--pupils', '240', '--seed', '8', '--as-of', '2026-10-09'],
      ...['--format', 'mixed'],
    ]);
    const ingested = await runIngestCommand([mixedDir]);
    log.mockRestore();

    expect([generated, ingested]).toEqual([0, 0]);
    const files = await readdir(mixedDir);
    expect(files).toContain('edubasealldata20261009.csv');
    expect(files).not.toContain('schools.csv');
    expect(files.some((name) => name.endsWith('_marks-string.csv'))).toBe(true);
    expect(files.some((name) => /^\d{7}_CTF_999LLLL_\d{3}\.xml$/.test(name))).toBe(true);
    expect(lines.find((line) => line.startsWith('Run '))).toMatch(
      /succeeded; [4-9] exports loaded, 0 skipped, 0 failed/,
    );
  }, 60_000);

  it.each([
    { args: [], message: /needs the export folder/ },
    { args: ['/no/such/folder'], message: /does not exist/ },
  ])('ingest rejects $args with a usage error', async ({ args, message }) => {
    await expect(runIngestCommand(args)).rejects.toThrow(UsageError);
    await expect(runIngestCommand(args)).rejects.toThrow(message);
  });

  it.each([
    { args: ['dfe-absence', '--out', '/tmp/x.csv'], message: /needs --la-code/ },
    {
      args: ['dfe-absence', '--out', '/tmp/x.csv', '--la-code', '999', '--la-name', 'Synthetic Borough'],
      message: /needs --new-la-code, --region-code, --region-name$/,
    },
    { args: ['dfe-absence'], message: /needs --out/ },
  ])('export rejects $args with a usage error', async ({ args, message }) => {
    await expect(runExportCommand(args)).rejects.toThrow(UsageError);
    await expect(runExportCommand(args)).rejects.toThrow(message);
  });

  it.each([
    { args: ['--schools', '3'], message: /needs --out/ },
    {
      args: ['--out', '/tmp/x', '--schools', 'three'],
      message: /--schools must be a whole number, not "three"/,
    },
    { args: ['--out', '/tmp/x', '--as-of', '02/10/2026'], message: /--as-of must be YYYY-MM-DD/ },
    {
      args: ['--out', '/tmp/x', '--format', 'xml'],
      message: /--format must be one of csv, marks-string, ctf/,
    },
    {
      args: ['--out', '/tmp/x', '--schools-format', 'edubase'],
      message: /--schools-format must be one of csv, gias/,
    },
  ])('generate rejects $args with a usage error', async ({ args, message }) => {
    await expect(runGenerateCommand(args)).rejects.toThrow(message);
  });
});
