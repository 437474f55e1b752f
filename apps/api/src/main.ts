import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import type { AddressInfo } from 'node:net';
import { AppModule } from './app.module.js';
import { parseAppConfig } from './config/app-config.js';
import { createValidationPipe } from './config/validation.pipe.js';

async function bootstrap(): Promise<void> {
  const config = parseAppConfig(process.env);
  const app = await NestFactory.create(AppModule.forRoot(config));
  app.enableShutdownHooks();
  app.useGlobalPipes(createValidationPipe());
  // gzip for the web app's scripts and for GraphQL answers (an LA's schools table is hundreds of kB of JSON):
  // LA staff often work over VPNs and council Wi-Fi, where bytes cost more than the server's CPU.
  app.use(compression());
  await app.listen(config.port, config.host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  // Tests and scripts read this line to find the server; keep its wording.
  console.log(`Attendance Insight is running at http://localhost:${port}/ (GraphQL at /graphql)`);
}

bootstrap().catch((error: unknown) => {
  new Logger('Bootstrap').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
