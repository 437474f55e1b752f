import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { AnalyticsStore } from '@attendance/analytics';
import {
  ImportHistoryRepository,
  LocalAuthorityProfileRepository,
  OperationalDatabase,
} from '@attendance/persistence';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

const logger = new Logger('Stores');

export function analyticsFilePath(dataDir: string): string {
  return join(dataDir, 'analytics.duckdb');
}

/** Closes both stores when the application shuts down (SIGINT/SIGTERM or app.close()). */
class StoresLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(OperationalDatabase) private readonly operational: OperationalDatabase,
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.analytics.close();
    await this.operational.close();
  }
}

/** The two stores: PostgreSQL for operational data, DuckDB for analytics over marks. */
@Global()
@Module({
  providers: [
    {
      provide: OperationalDatabase,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        OperationalDatabase.open({
          databaseUrl: config.databaseUrl,
          dataDir: config.dataDir,
          log: (message) => logger.log(message),
        }),
    },
    {
      provide: AnalyticsStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => AnalyticsStore.open({ path: analyticsFilePath(config.dataDir) }),
    },
    {
      provide: ImportHistoryRepository,
      inject: [OperationalDatabase],
      useFactory: (database: OperationalDatabase) => new ImportHistoryRepository(database.dataSource),
    },
    {
      provide: LocalAuthorityProfileRepository,
      inject: [OperationalDatabase],
      useFactory: (database: OperationalDatabase) => new LocalAuthorityProfileRepository(database.dataSource),
    },
    StoresLifecycle,
  ],
  exports: [OperationalDatabase, AnalyticsStore, ImportHistoryRepository, LocalAuthorityProfileRepository],
})
export class StoresModule {}
