// Writes apps/api/schema.gql from the code-first resolvers without starting the server or any store.
// The web app's typed operations are generated from that file; CI fails if it is out of date.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GRAPHQL_RESOLVERS } from '../graphql-resolvers.js';

const SCHEMA_PATH = fileURLToPath(new URL('../../schema.gql', import.meta.url));
const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------
`;

const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
await app.init();
const schema = await app.get(GraphQLSchemaFactory).create(GRAPHQL_RESOLVERS);
await writeFile(SCHEMA_PATH, `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`);
await app.close();
console.log(`GraphQL schema written to ${SCHEMA_PATH}`);
