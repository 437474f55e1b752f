import { Global, Module } from '@nestjs/common';
import { OperationalDatabase, SchoolContactRepository } from '@attendance/persistence';
import { SchoolContactLoaders } from './school-contact-loaders.js';
import { SchoolContactResolver } from './school-contact.resolver.js';

/** School contacts (PostgreSQL); global so the demo bootstrap can seed them. */
@Global()
@Module({
  providers: [
    {
      provide: SchoolContactRepository,
      inject: [OperationalDatabase],
      useFactory: (database: OperationalDatabase) => new SchoolContactRepository(database.dataSource),
    },
    SchoolContactLoaders,
    SchoolContactResolver,
  ],
  exports: [SchoolContactRepository],
})
export class SchoolContactsModule {}
