import { DataSource } from 'typeorm';
import { ImportRun } from '../import-history/import-run.entity.js';
import { ImportUnit } from '../import-history/import-unit.entity.js';
import { LocalAuthorityProfile } from '../local-authority/local-authority-profile.entity.js';
import { CreateImportHistory1763900000000 } from '../migrations/1763900000000-create-import-history.js';
import { ImportUnitChecksumsAndFindings1763990000000 } from '../migrations/1763990000000-import-unit-checksums-and-findings.js';
import { ImportRunInterruptedStatus1764020000000 } from '../migrations/1764020000000-import-run-interrupted-status.js';
import { ImportRunWarnings1764100000000 } from '../migrations/1764100000000-import-run-warnings.js';
import { CreateSchoolContact1764200000000 } from '../migrations/1764200000000-create-school-contact.js';
import { SchoolContact } from '../school-contacts/school-contact.entity.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres-server.js';

export const OPERATIONAL_ENTITIES = [ImportRun, ImportUnit, LocalAuthorityProfile, SchoolContact];
/** Listed in order. Schema changes only: data backfills get their own scripts, never a migration. */
export const OPERATIONAL_MIGRATIONS = [
  CreateImportHistory1763900000000,
  ImportUnitChecksumsAndFindings1763990000000,
  ImportRunInterruptedStatus1764020000000,
  ImportRunWarnings1764100000000,
  CreateSchoolContact1764200000000,
];

export interface OperationalDatabaseOptions {
  /** A PostgreSQL server to use; when absent an embedded server is started under `dataDir`. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  readonly log?: (message: string) => void;
}

/** The PostgreSQL database for operational data (import history, and later users, cases and audit). */
export class OperationalDatabase {
  private constructor(
    readonly dataSource: DataSource,
    private readonly embeddedServer: EmbeddedPostgresHandle | null,
  ) {}

  /** Connects (starting embedded PostgreSQL if needed) and applies any pending migrations. */
  static async open(options: OperationalDatabaseOptions): Promise<OperationalDatabase> {
    const log = options.log ?? (() => undefined);
    const embeddedServer = options.databaseUrl ? null : await startEmbeddedPostgres(options.dataDir, log);
    const dataSource = new DataSource({
      type: 'postgres',
      url: options.databaseUrl ?? embeddedServer?.connectionUrl,
      entities: OPERATIONAL_ENTITIES,
      migrations: OPERATIONAL_MIGRATIONS,
      migrationsTableName: 'schema_migrations',
      synchronize: false,
      logging: false,
    });
    try {
      await dataSource.initialize();
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) log(`Applied ${applied.length} database migration(s)`);
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embeddedServer?.stop();
      throw error;
    }
    return new OperationalDatabase(dataSource, embeddedServer);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embeddedServer?.stop();
  }
}
