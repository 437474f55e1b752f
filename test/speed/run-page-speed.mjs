// Runs page-speed.ts (TypeScript, importing the test workspace's helpers in test/support) under Node 20, which
// cannot run TypeScript itself: Vite's module runner (the machinery Vitest runs the e2e tests with) compiles it
// on the fly. `npm run bench:pages` builds api and web first, then runs this.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./page-speed.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'warn',
});
const passed = await module.main();
if (!passed && process.env.PAGE_SPEED_STRICT === '1') process.exitCode = 1;
