// One-off scaffolder for a TypeScript library/app package in this workspace (kept for future libraries).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
const [dir, name, tags, deps = ''] = process.argv.slice(2);
const depList = deps ? deps.split(',') : [];
mkdirSync(join(dir, 'src'), { recursive: true });
const write = (file, content) => {
  const p = join(dir, file);
  if (!existsSync(p)) writeFileSync(p, content);
};
const isApp = dir.startsWith('apps/');
write(
  'package.json',
  JSON.stringify(
    {
      name,
      version: '0.1.0',
      private: true,
      type: 'module',
      ...(isApp
        ? { main: './dist/main.js' }
        : {
            exports: {
              '.': {
                '@attendance/source': './src/index.ts',
                types: './dist/index.d.ts',
                default: './dist/index.js',
              },
            },
          }),
      dependencies: Object.fromEntries(depList.map((d) => [`@attendance/${d.split('/').pop()}`, '*'])),
    },
    null,
    2,
  ) + '\n',
);
write(
  'project.json',
  JSON.stringify(
    {
      name: name.replace('@attendance/', ''),
      $schema: '../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `${dir}/src`,
      projectType: isApp ? 'application' : 'library',
      tags: tags.split(','),
      targets: {
        build: {
          executor: 'nx:run-commands',
          outputs: ['{projectRoot}/dist'],
          options: { command: 'tsc -b tsconfig.json', cwd: '{projectRoot}' },
        },
        typecheck: {
          executor: 'nx:run-commands',
          options: { command: 'tsc -p tsconfig.spec.json --noEmit', cwd: '{projectRoot}' },
        },
        test: { executor: 'nx:run-commands', options: { command: 'vitest run', cwd: '{projectRoot}' } },
        lint: { executor: 'nx:run-commands', options: { command: `eslint ${dir}`, cwd: '{workspaceRoot}' } },
      },
    },
    null,
    2,
  ) + '\n',
);
write(
  'tsconfig.json',
  JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: {
        composite: true,
        rootDir: 'src',
        outDir: 'dist',
        tsBuildInfoFile: 'dist/tsconfig.tsbuildinfo',
        types: ['node'],
      },
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.spec.ts', 'src/**/__fixtures__/**'],
      references: depList.map((d) => ({ path: `../../${d}` })),
    },
    null,
    2,
  ) + '\n',
);
write(
  'tsconfig.spec.json',
  JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: { noEmit: true, types: ['node', 'vitest/globals'] },
      include: ['src/**/*.ts', 'vitest.config.ts'],
    },
    null,
    2,
  ) + '\n',
);
write(
  'vitest.config.ts',
  `import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../tools/source-aliases.js';

export default defineConfig({
  resolve: { alias: sourceAliases() },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
`,
);
