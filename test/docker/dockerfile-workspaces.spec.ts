import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The image's first stage copies each workspace's package.json before `npm ci`, so installs stay cached
// while sources change. A workspace left out makes `npm ci` fail in the image only, never on a developer's
// machine: this keeps the list complete.

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('docker/Dockerfile', () => {
  it("copies every npm workspace's package.json before npm ci", async () => {
    const { workspaces } = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as {
      workspaces: string[];
    };
    const lock = JSON.parse(await readFile(`${root}package-lock.json`, 'utf8')) as {
      packages: Record<string, { name?: string }>;
    };
    const workspaceFolders = Object.keys(lock.packages).filter(
      (path) =>
        path !== '' &&
        !path.includes('node_modules') &&
        workspaces.some((pattern) => new RegExp(`^${pattern.replace('*', '[^/]+')}$`).test(path)),
    );
    expect(workspaceFolders.length).toBeGreaterThan(8);
    const dockerfile = await readFile(`${root}docker/Dockerfile`, 'utf8');
    const copied = [...dockerfile.matchAll(/^COPY (\S+)\/package\.json \1\/$/gm)].map((match) => match[1]);
    expect([...copied].sort()).toEqual([...workspaceFolders].sort());
  });
});
