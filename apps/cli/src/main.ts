#!/usr/bin/env node
import { runGenerateCommand } from './commands/generate.command.js';
import { runExportCommand } from './commands/export.command.js';
import { runIngestCommand } from './commands/ingest.command.js';
import { UsageError } from './commands/command-context.js';

const USAGE = `Attendance Insight command line

Usage:
  npm run generate -- --out <folder> [--schools 40] [--pupils 12000] [--seed 1] [--as-of YYYY-MM-DD]
                      [--academic-year 2026] [--amended-exports]
                      [--format csv|marks-string|ctf|ctf-dfe-name|mixed] [--schools-format csv|gias]
      Writes a synthetic LA's nightly exports (never real pupils) to <folder>. --format mixed writes the
      schools' exports in each format in turn, and their schools as a GIAS extract.
  npm run ingest -- <folder>
      Loads every school export in <folder> into DATA_DIR's stores and records the run.
  npm run export -- dfe-absence --out <file.csv> --la-code <935> --new-la-code <E10000029> --la-name <name>
                    --region-code <E12000006> --region-name <name> [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                    [--time-identifier "Academic year"]
      Writes the statutory cohort's figures (default: the academic year to date), for the LA and each school,
      by each characteristic, in the column layout of the DfE's published absence files. Unsuppressed: for
      the LA's analysts; apply disclosure control before publishing.

Environment: DATA_DIR (default ./.data), DATABASE_URL (default: embedded PostgreSQL under DATA_DIR).`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  generate: runGenerateCommand,
  ingest: runIngestCommand,
  export: runExportCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name && name !== '--help' ? `Unknown command "${name}".\n\n${USAGE}` : USAGE);
    return name && name !== '--help' ? 2 : 0;
  }
  return command(args);
}

main(process.argv.slice(2)).then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
