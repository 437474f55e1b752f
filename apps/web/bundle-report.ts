import { readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst, type ESTree, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

// The production build's per-route bundle report (issue 5, "Speed"): for every route of src/router.tsx, the
// JavaScript and CSS a first visit to it downloads (the entry chunk and everything it imports statically, then
// the route's lazily loaded page chunk and everything that imports statically), raw and gzipped; which chunks
// hold Recharts and ExcelJS; and a warning for a route that downloads Recharts without drawing a chart or
// ExcelJS before anyone asks for a download. Printed after `vite build` and written to dist/bundle-report.json.
// The routes are read from router.tsx itself, so a new page is reported without anyone updating a list here.

export const BUNDLE_REPORT_FILE = 'bundle-report.json';

/** The libraries worth watching: Recharts (large, only for pages with a chart), ExcelJS (only on export). */
const LIBRARIES = { recharts: '/node_modules/recharts/', exceljs: '/node_modules/exceljs/' } as const;
type Library = keyof typeof LIBRARIES;

export interface Size {
  bytes: number;
  gzipBytes: number;
}

/** One JavaScript chunk of the build, as much of it as the report needs. */
export interface ChunkFacts extends Size {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  /** Chunks this one imports statically: the browser downloads them before running it. */
  imports: readonly string[];
  /** Modules whose code the chunk holds (tree-shaken-away ones left out). */
  moduleIds: readonly string[];
  /** CSS files Vite loads with this chunk. */
  css: readonly string[];
}

/** A route of router.tsx and the module its page is lazily imported from (null: drawn by the entry chunk). */
export interface RouteModule {
  path: string;
  pageModule: string | null;
}

export interface BundleFacts {
  chunks: readonly ChunkFacts[];
  cssFiles: Readonly<Record<string, Size>>;
  routes: readonly RouteModule[];
  /** The app's own modules that import Recharts: where a chart is drawn. */
  chartModules: readonly string[];
}

export interface FilesSize extends Size {
  files: string[];
}

export interface RouteBundle {
  path: string;
  /** The page's module, relative to the app's root; null when the entry chunk draws the route. */
  page: string | null;
  js: FilesSize;
  css: FilesSize;
  loadsRecharts: boolean;
  drawsChart: boolean;
  loadsExcelJs: boolean;
  warnings: string[];
}

export interface BundleReport {
  routes: RouteBundle[];
  /** The chunks holding each watched library's modules. */
  libraries: Record<Library, string[]>;
  chunks: (Size & { fileName: string })[];
}

/** Reads the routes from router.tsx's source: every `createRoute({ path, getParentRoute, component })`. */
export function routesOfRouter(source: string, routerFile: string): RouteModule[] {
  const program = parseAst(source, { lang: 'tsx' }, routerFile);
  const declared = new Map<string, { path: string; parent: string | null; lazyImport: string | null }>();
  for (const statement of program.body) {
    const declarations = statement.type === 'VariableDeclaration' ? statement.declarations : [];
    for (const declaration of declarations) {
      const call = declaration.init;
      if (declaration.id.type !== 'Identifier' || call?.type !== 'CallExpression') continue;
      if (call.callee.type !== 'Identifier') continue;
      if (call.callee.name === 'createRootRoute') {
        declared.set(declaration.id.name, { path: '', parent: null, lazyImport: null });
      }
      const options = call.arguments[0];
      if (call.callee.name !== 'createRoute' || options?.type !== 'ObjectExpression') continue;
      declared.set(declaration.id.name, {
        path: stringProperty(options, 'path'),
        parent: parentRouteName(options),
        lazyImport: firstDynamicImport(options),
      });
    }
  }
  const fullPath = (name: string): string => {
    const route = declared.get(name);
    if (!route) throw new Error(`${routerFile}: a route's parent "${name}" is not a route declared there`);
    if (route.parent === null) return route.path;
    const parentPath = fullPath(route.parent).replace(/\/$/, '');
    return `${parentPath}/${route.path.replace(/^\//, '')}`;
  };
  return [...declared.entries()]
    .filter(([, route]) => route.parent !== null)
    .map(([name, route]) => ({
      path: fullPath(name),
      pageModule: route.lazyImport ? join(dirname(routerFile), route.lazyImport) : null,
    }));
}

function propertyValue(object: ESTree.ObjectExpression, key: string) {
  for (const property of object.properties) {
    if (property.type === 'Property' && property.key.type === 'Identifier' && property.key.name === key) {
      return property.value;
    }
  }
  return undefined;
}

function stringProperty(object: ESTree.ObjectExpression, key: string): string {
  const value = propertyValue(object, key);
  if (value?.type !== 'Literal' || typeof value.value !== 'string') {
    throw new Error(`router: a createRoute call has no string "${key}"`);
  }
  return value.value;
}

/** `getParentRoute: () => parentRoute` names the parent. */
function parentRouteName(object: ESTree.ObjectExpression): string {
  const value = propertyValue(object, 'getParentRoute');
  if (value?.type === 'ArrowFunctionExpression' && value.body.type === 'Identifier') return value.body.name;
  throw new Error('router: a createRoute call has no `getParentRoute: () => <route>`');
}

/** The first `import('...')` anywhere inside the route's options: its lazily loaded page. */
function firstDynamicImport(node: unknown): string | null {
  if (typeof node !== 'object' || node === null) return null;
  const candidate = node as { type?: unknown; source?: { type?: unknown; value?: unknown } };
  if (candidate.type === 'ImportExpression' && typeof candidate.source?.value === 'string') {
    return candidate.source.value;
  }
  for (const child of Object.values(node)) {
    const found = firstDynamicImport(child);
    if (found) return found;
  }
  return null;
}

/** A module id without its extension: router.tsx imports `./pages/x/x-page.js`, the chunk's facade is `.tsx`. */
const withoutExtension = (moduleId: string) => moduleId.slice(0, moduleId.length - extname(moduleId).length);

/** The chunks a browser downloads to run `start`: it and every chunk it imports statically, transitively. */
function staticClosure(start: ChunkFacts, byFile: ReadonlyMap<string, ChunkFacts>): ChunkFacts[] {
  const seen = new Map<string, ChunkFacts>();
  const visit = (chunk: ChunkFacts) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const imported of chunk.imports) {
      const next = byFile.get(imported);
      if (next) visit(next);
    }
  };
  visit(start);
  return [...seen.values()];
}

/** The chunk whose facade is the page module (else the one holding it), and the module's real id. */
function pageChunk(
  chunks: readonly ChunkFacts[],
  pageModule: string,
): { chunk: ChunkFacts; moduleId: string } | undefined {
  const key = withoutExtension(pageModule);
  for (const chunk of chunks) {
    if (chunk.facadeModuleId && withoutExtension(chunk.facadeModuleId) === key) {
      return { chunk, moduleId: chunk.facadeModuleId };
    }
  }
  for (const chunk of chunks) {
    const moduleId = chunk.moduleIds.find((id) => withoutExtension(id) === key);
    if (moduleId) return { chunk, moduleId };
  }
  return undefined;
}

const holds = (chunk: ChunkFacts, library: Library) =>
  chunk.moduleIds.some((id) => id.includes(LIBRARIES[library]));

function sum(sizes: readonly Size[]): Size {
  return sizes.reduce(
    (total, size) => ({
      bytes: total.bytes + size.bytes,
      gzipBytes: total.gzipBytes + size.gzipBytes,
    }),
    { bytes: 0, gzipBytes: 0 },
  );
}

/** The report's pure part: what each route's first visit downloads, from the build's chunks. */
export function bundleReport(facts: BundleFacts, root: string): BundleReport {
  const byFile = new Map(facts.chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = facts.chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('bundle report: the build has no entry chunk');
  const chartModules = new Set(facts.chartModules);
  const routes = facts.routes.map((route): RouteBundle => {
    const warnings: string[] = [];
    const downloaded = new Map(staticClosure(entry, byFile).map((chunk) => [chunk.fileName, chunk]));
    const page = route.pageModule ? pageChunk(facts.chunks, route.pageModule) : undefined;
    if (page) for (const chunk of staticClosure(page.chunk, byFile)) downloaded.set(chunk.fileName, chunk);
    else if (route.pageModule)
      warnings.push(`no chunk holds its page module ${relative(root, route.pageModule)}`);
    const chunks = [...downloaded.values()];
    const cssFiles = [...new Set(chunks.flatMap((chunk) => chunk.css))];
    const loadsRecharts = chunks.some((chunk) => holds(chunk, 'recharts'));
    const drawsChart = chunks.some((chunk) => chunk.moduleIds.some((id) => chartModules.has(id)));
    const loadsExcelJs = chunks.some((chunk) => holds(chunk, 'exceljs'));
    if (loadsRecharts && !drawsChart) warnings.push('downloads Recharts but draws no chart');
    if (loadsExcelJs) warnings.push('downloads ExcelJS on first visit (only a download needs it)');
    return {
      path: route.path,
      page: page ? relative(root, page.moduleId) : null,
      js: { files: chunks.map((chunk) => chunk.fileName), ...sum(chunks) },
      css: {
        files: cssFiles,
        ...sum(cssFiles.map((file) => facts.cssFiles[file] ?? { bytes: 0, gzipBytes: 0 })),
      },
      loadsRecharts,
      drawsChart,
      loadsExcelJs,
      warnings,
    };
  });
  const chunksHolding = (library: Library) =>
    facts.chunks.filter((chunk) => holds(chunk, library)).map((chunk) => chunk.fileName);
  return {
    routes,
    libraries: { recharts: chunksHolding('recharts'), exceljs: chunksHolding('exceljs') },
    chunks: facts.chunks.map(({ fileName, bytes, gzipBytes }) => ({ fileName, bytes, gzipBytes })),
  };
}

/** Kilobytes of 1,000 bytes, as Vite's own build output counts them. */
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** The printed form: one line per route, then the libraries and any warning. */
export function reportLines(report: BundleReport): string[] {
  const header = ['route', 'JS kB', 'JS gzip kB', 'CSS kB', 'CSS gzip kB', 'chunks', 'Recharts', 'ExcelJS'];
  const rows = report.routes.map((route) => [
    route.path,
    kB(route.js.bytes),
    kB(route.js.gzipBytes),
    kB(route.css.bytes),
    kB(route.css.gzipBytes),
    String(route.js.files.length),
    route.loadsRecharts ? (route.drawsChart ? 'yes (chart)' : 'yes (no chart)') : 'no',
    route.loadsExcelJs ? 'yes' : 'no',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  const libraryLine = (name: string, files: string[]) =>
    `${name} is in: ${files.length > 0 ? files.join(', ') : 'no chunk'}`;
  return [
    'First visit to each route (entry chunk and its static imports, then the page chunk and its static imports):',
    line(header),
    ...rows.map(line),
    libraryLine('Recharts', report.libraries.recharts),
    libraryLine('ExcelJS', report.libraries.exceljs),
    ...report.routes.flatMap((route) => route.warnings.map((warning) => `WARNING ${route.path}: ${warning}`)),
  ];
}

const sizeOf = (source: string | Uint8Array): Size => ({
  bytes: Buffer.byteLength(source),
  gzipBytes: gzipSync(source).length,
});

/** The app's own modules (not a package's) that import Recharts directly. */
function modulesImportingRecharts(context: Rolldown.PluginContext): string[] {
  return [...context.getModuleIds()].filter((id) => {
    if (id.includes('/node_modules/')) return false;
    return (
      context.getModuleInfo(id)?.importedIds.some((imported) => imported.includes(LIBRARIES.recharts)) ??
      false
    );
  });
}

/** The Vite plugin: reads router.tsx (`router`, relative to Vite's root) and reports after the bundle is made. */
export function bundleReportPlugin({ router = 'src/router.tsx' } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'attendance-bundle-report',
    apply: 'build',
    // After Vite's own plugins, so the chunks are final (minified, CSS attached).
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const routerFile = join(config.root, router);
      const chunks: ChunkFacts[] = [];
      const cssFiles: Record<string, Size> = {};
      for (const output of Object.values(bundle)) {
        if (output.type === 'asset') {
          if (output.fileName.endsWith('.css')) cssFiles[output.fileName] = sizeOf(output.source);
          continue;
        }
        chunks.push({
          fileName: output.fileName,
          isEntry: output.isEntry,
          facadeModuleId: output.facadeModuleId,
          imports: output.imports,
          moduleIds: Object.entries(output.modules)
            .filter(([, module]) => module.renderedLength > 0)
            .map(([id]) => id),
          css: [...(output.viteMetadata?.importedCss ?? [])],
          ...sizeOf(output.code),
        });
      }
      const report = bundleReport(
        {
          chunks,
          cssFiles,
          routes: routesOfRouter(readFileSync(routerFile, 'utf8'), routerFile),
          chartModules: modulesImportingRecharts(this),
        },
        config.root,
      );
      this.emitFile({
        type: 'asset',
        fileName: BUNDLE_REPORT_FILE,
        source: `${JSON.stringify(report, null, 2)}\n`,
      });
      for (const line of reportLines(report)) config.logger.info(line);
    },
  };
}
