import { readFile } from 'node:fs/promises';

/** Peak resident set size of this process so far, in bytes (Linux VmHWM; else Node's maxRSS). */
export async function peakRssBytes() {
  try {
    const status = await readFile('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    if (match) return Number(match[1]) * 1024;
  } catch {
    // Not Linux: fall through.
  }
  return process.resourceUsage().maxRSS * 1024;
}
