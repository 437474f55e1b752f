import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

// Columns that record when something happened rather than what the store holds: two stores built from the same
// files at different times differ there and nowhere else.
const CLOCK_COLUMNS = new Set(['loaded_at']);
const EXAMPLE_ROWS = 3;

/**
 * Compares two DuckDB store files table by table: the same tables and views, and in every table the same rows
 * as a multiset (DuckDB's EXCEPT ALL both ways, so duplicates count and NULLs compare equal). Both files are
 * attached read-only, so DuckDB replays any write-ahead log in memory and neither file changes. Returns one line
 * per difference, with example rows; an empty list means the stores hold the same data.
 */
export async function storeDifferences(
  actualPath: string,
  referencePath: string,
  options: StoreComparison = {},
): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`ATTACH ${sqlText(actualPath)} AS actual (READ_ONLY)`);
    await connection.run(`ATTACH ${sqlText(referencePath)} AS reference (READ_ONLY)`);
    const tables = await catalogNames(connection, 'table');
    const differences = [
      ...namesOnlyInOne('view', await catalogNames(connection, 'view')),
      ...namesOnlyInOne('table', tables),
    ];
    for (const table of tables.actual.filter((name) => tables.reference.includes(name))) {
      differences.push(...(await tableDifferences(connection, table, options.rowsWhere?.[table])));
    }
    return differences;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export interface StoreComparison {
  /**
   * Compare only the rows of a table that meet a condition, written for both stores with `{db}` standing for
   * the store's name (e.g. `pupil_id IN (SELECT pupil_id FROM {db}.enrolments)`).
   */
  rowsWhere?: Readonly<Record<string, string>>;
}

type Catalog = { actual: string[]; reference: string[] };

async function catalogNames(connection: DuckDBConnection, kind: 'table' | 'view'): Promise<Catalog> {
  const source = kind === 'table' ? 'duckdb_tables()' : 'duckdb_views() WHERE NOT internal';
  const names = async (database: string) =>
    (
      await rows(
        connection,
        `SELECT ${kind}_name AS name FROM (SELECT * FROM ${source}) WHERE database_name = '${database}' ORDER BY 1`,
      )
    ).map((row) => String(row['name']));
  return { actual: await names('actual'), reference: await names('reference') };
}

function namesOnlyInOne(kind: string, { actual, reference }: Catalog): string[] {
  return [
    ...actual
      .filter((name) => !reference.includes(name))
      .map((name) => `${kind} ${name} is not in the reference`),
    ...reference.filter((name) => !actual.includes(name)).map((name) => `${kind} ${name} is missing`),
  ];
}

async function tableDifferences(
  connection: DuckDBConnection,
  table: string,
  rowsWhere: string | undefined,
): Promise<string[]> {
  const columns = async (database: string) =>
    (
      await rows(
        connection,
        `SELECT column_name FROM duckdb_columns()
         WHERE database_name = '${database}' AND table_name = ${sqlText(table)} ORDER BY column_index`,
      )
    )
      .map((row) => String(row['column_name']))
      .filter((name) => !CLOCK_COLUMNS.has(name));
  const actualColumns = await columns('actual');
  const referenceColumns = await columns('reference');
  if (actualColumns.join() !== referenceColumns.join()) {
    return [`${table}: columns (${actualColumns.join(', ')}), expected (${referenceColumns.join(', ')})`];
  }
  const select = (database: string) =>
    `SELECT ${actualColumns.map(sqlName).join(', ')} FROM ${database}.${sqlName(table)}` +
    (rowsWhere === undefined ? '' : ` WHERE ${rowsWhere.replaceAll('{db}', database)}`);
  const extraRows = `${select('actual')} EXCEPT ALL ${select('reference')}`;
  const missingRows = `${select('reference')} EXCEPT ALL ${select('actual')}`;
  const [counts] = await rows(
    connection,
    `SELECT (SELECT count(*) FROM (${extraRows})) AS extra, (SELECT count(*) FROM (${missingRows})) AS missing`,
  );
  const differences: string[] = [];
  for (const [count, sql, what] of [
    [Number(counts?.['extra']), extraRows, 'not in the reference'],
    [Number(counts?.['missing']), missingRows, 'missing'],
  ] as const) {
    if (count === 0) continue;
    const examples = await rows(connection, `SELECT * FROM (${sql}) ORDER BY ALL LIMIT ${EXAMPLE_ROWS}`);
    differences.push(`${table}: ${count} row(s) ${what}, e.g. ${JSON.stringify(examples)}`);
  }
  return differences;
}

async function rows(connection: DuckDBConnection, sql: string) {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson();
}

function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
