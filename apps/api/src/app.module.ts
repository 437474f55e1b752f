import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ScheduleModule } from '@nestjs/schedule';
import { ServeStaticModule } from '@nestjs/serve-static';
import { fileURLToPath } from 'node:url';
import { AnalyticsCacheModule } from './analytics-cache/analytics-cache.module.js';
import type { AppConfig } from './config/app-config.js';
import { ComparisonsModule } from './comparisons/comparisons.module.js';
import { ConfigModule } from './config/config.module.js';
import { DataQualityModule } from './data-quality/data-quality.module.js';
import { DfeExportModule } from './dfe-export/dfe-export.module.js';
import { DemoDataModule } from './demo-data/demo-data.module.js';
import { EarlyWarningModule } from './early-warning/early-warning.module.js';
import { formatGraphqlError } from './graphql-errors/format-graphql-error.js';
import { ImportHistoryModule } from './import-history/import-history.module.js';
import { CohortMeasuresModule } from './cohort-measures/cohort-measures.module.js';
import { OverviewModule } from './overview/overview.module.js';
import { PublishedMeasuresModule } from './published-measures/published-measures.module.js';
import { PupilListsModule } from './pupil-lists/pupil-lists.module.js';
import { PupilRecordModule } from './pupil-record/pupil-record.module.js';
import { SchoolContactsModule } from './school-contacts/school-contacts.module.js';
import { SchoolOverviewModule } from './school-overview/school-overview.module.js';
import { SchoolsModule } from './schools/schools.module.js';
import { StoresModule } from './stores/stores.module.js';
import { TimeSeriesModule } from './time-series/time-series.module.js';

/** The built dashboard (apps/web/dist), at the same relative place in the repository and in the Docker image. */
export const WEB_DIST_PATH = fileURLToPath(new URL('../../web/dist', import.meta.url));

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ScheduleModule.forRoot(),
        StoresModule,
        AnalyticsCacheModule,
        SchoolsModule,
        SchoolContactsModule,
        ComparisonsModule,
        DemoDataModule,
        OverviewModule,
        SchoolOverviewModule,
        CohortMeasuresModule,
        PublishedMeasuresModule,
        DfeExportModule,
        PupilListsModule,
        PupilRecordModule,
        EarlyWarningModule,
        ImportHistoryModule,
        DataQualityModule,
        TimeSeriesModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // The default landing pages load scripts from a CDN; this product makes no outside requests.
          playground: false,
          graphiql: false,
          formatError: formatGraphqlError,
        }),
        ServeStaticModule.forRoot({ rootPath: WEB_DIST_PATH, exclude: ['/graphql{*path}'] }),
      ],
    };
  }
}
