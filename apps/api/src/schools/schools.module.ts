import { Global, Module } from '@nestjs/common';
import { SCHOOL_FIELD_RESOLVERS } from './school-fields.js';
import { SchoolLoaders } from './school-loader.js';

@Global()
@Module({ providers: [SchoolLoaders, ...SCHOOL_FIELD_RESOLVERS], exports: [SchoolLoaders] })
export class SchoolsModule {}
