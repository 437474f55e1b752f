import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { academicYearOf } from '@attendance/domain';
import {
  ImportHistoryRepository,
  LocalAuthorityProfileRepository,
  SchoolContactRepository,
} from '@attendance/persistence';
import {
  DEFAULT_DEMO_OPTIONS,
  planSyntheticLa,
  syntheticSchoolContacts,
  writeSyntheticLaExports,
} from '@attendance/synthetic-la';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DropFolderIngestionService } from '../ingestion/drop-folder-ingestion.service.js';
import { demoPeriodFor } from './demo-period.js';

export const DEMO_EXPORTS_FOLDER = 'demo-exports';

/**
 * On a first start with nothing loaded (and DEMO_DATA=auto), generates the synthetic demo LA's exports under
 * DATA_DIR and loads them through the same ingestion as real exports, before the server starts listening.
 */
@Injectable()
export class DemoDataBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ImportHistoryRepository) private readonly history: ImportHistoryRepository,
    @Inject(DropFolderIngestionService) private readonly ingestion: DropFolderIngestionService,
    @Inject(LocalAuthorityProfileRepository) private readonly profiles: LocalAuthorityProfileRepository,
    @Inject(SchoolContactRepository) private readonly contacts: SchoolContactRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.demoDataNeeded())) return;

    const { demo } = this.config;
    const period = demo.asOf
      ? { academicYear: academicYearOf(demo.asOf), asOf: demo.asOf }
      : demoPeriodFor(new Date().toISOString().slice(0, 10));
    const options = {
      ...DEFAULT_DEMO_OPTIONS,
      ...period,
      seed: demo.seed ?? DEFAULT_DEMO_OPTIONS.seed,
      schools: demo.schools ?? DEFAULT_DEMO_OPTIONS.schools,
      pupils: demo.pupils ?? DEFAULT_DEMO_OPTIONS.pupils,
    };
    const folder = join(this.config.dataDir, DEMO_EXPORTS_FOLDER);
    this.logger.log(
      `First start: generating a synthetic demo LA (${options.schools} schools, ~${options.pupils} pupils, up to ${options.asOf})`,
    );
    await rm(folder, { recursive: true, force: true });
    const manifest = await writeSyntheticLaExports(options, folder);

    const summary = await this.ingestion.loadFolder(folder, 'demo-bootstrap');
    if (summary.status !== 'succeeded') {
      const failures = summary.units.filter((unit) => unit.status === 'failed').map((unit) => unit.error);
      throw new Error(`The demo LA did not load: ${summary.error ?? failures.join('; ')}`);
    }
    await this.profiles.save({ name: manifest.laName, laCode: manifest.laCode, isSyntheticDemo: true });
    // The demo LA's schools get invented attendance contacts, as an LA would record its real schools' ones.
    await this.contacts.save(syntheticSchoolContacts(planSyntheticLa(options)));
    this.logger.log(`Loaded ${summary.unitsLoaded} school exports, ${summary.marksLoaded} marks`);
  }

  /**
   * The demo loads on a first start, and again if a first start was stopped part way (its run never
   * succeeded): regenerating with the same seed replaces each school's export with identical data. It never
   * loads once an LA's own exports have been loaded.
   */
  private async demoDataNeeded(): Promise<boolean> {
    if (!this.config.demo.enabled) return false;
    if (await this.history.hasLoadedUnitFrom(['cli', 'api', 'schedule'])) return false;
    return !(await this.history.hasSucceededRun('demo-bootstrap'));
  }
}
