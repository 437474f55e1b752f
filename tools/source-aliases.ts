// Tests and the Vite build read sibling libraries from their TypeScript sources, so a change in a library is
// seen without rebuilding it. Node at run time reads the compiled `dist/` through each package's exports.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const workspaceRoot = resolve(import.meta.dirname, '..');

export function sourceAliases(): Record<string, string> {
  const aliases: Record<string, string> = {};
  const libsDir = join(workspaceRoot, 'libs');
  for (const entry of readdirSync(libsDir)) {
    const manifestPath = join(libsDir, entry, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string };
    aliases[manifest.name] = join(libsDir, entry, 'src', 'index.ts');
  }
  return aliases;
}
