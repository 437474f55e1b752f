// Settings that change what DuckDB does, pinned so that every process, laptop and server behaves the same
// whatever DuckDB's defaults become, and the one that changes how fast a load runs (checkpoint_threshold).

/** Passed when the instance is created. */
export const DUCKDB_INSTANCE_SETTINGS: Readonly<Record<string, string>> = {
  // The loader turns a staged row's rowid into its CSV line number for error messages: that needs staged rows
  // kept in file order. (DuckDB's default today, pinned so nobody "optimises" it away.)
  preserve_insertion_order: 'true',
  // ICU, JSON and Parquet are statically linked. Never fetch an extension from the network at run time: LA
  // servers are often air-gapped and a download must not change behaviour between runs.
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
  // Rates are computed in TypeScript from integer counts; should SQL ever divide integers, it must not
  // silently truncate.
  integer_division: 'false',
  // How much write-ahead log builds up before DuckDB folds it into the database file (its default is 16 MB).
  // Every school export commits a few megabytes, so at the default a full load checkpointed every few schools,
  // and a checkpoint waits for the other schools loading at the same time. The log is replayed on the next open
  // after a crash, which at this size takes seconds.
  checkpoint_threshold: '256MB',
};

/**
 * Run once per instance after it opens. The time zone only matters for `loaded_at` (all attendance data is
 * DATE), but a server's local zone must not leak into stored timestamps. It cannot go in the instance
 * settings because ICU, which owns the setting, is loaded only after those are applied.
 */
export const PIN_TIME_ZONE_SQL = `SET GLOBAL TimeZone = 'UTC'`;
