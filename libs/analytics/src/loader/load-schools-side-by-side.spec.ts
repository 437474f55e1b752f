import { loadSchoolsSideBySide } from './load-schools-side-by-side.js';

const unit = (urn: string, night: number) => ({ urn, night });
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe(loadSchoolsSideBySide.name, () => {
  it("loads each school's units in order, several schools at once", async () => {
    const log: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    await loadSchoolsSideBySide(
      [unit('A', 1), unit('B', 1), unit('A', 2), unit('C', 1), unit('A', 3)],
      2,
      async ({ urn, night }) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await tick();
        log.push(`${urn}${night}`);
        running -= 1;
      },
    );
    expect(log.filter((entry) => entry.startsWith('A'))).toEqual(['A1', 'A2', 'A3']);
    expect([...log].sort()).toEqual(['A1', 'A2', 'A3', 'B1', 'C1']);
    expect(mostAtOnce).toBe(2);
  });

  it('stops starting units after a failure when asked, and throws it', async () => {
    const started: string[] = [];
    const loading = loadSchoolsSideBySide(
      [unit('A', 1), unit('A', 2), unit('B', 1), unit('C', 1)],
      1,
      async ({ urn, night }) => {
        started.push(`${urn}${night}`);
        if (urn === 'A' && night === 1) throw new Error('bad export');
      },
      { stopOnError: true },
    );
    await expect(loading).rejects.toThrow('bad export');
    expect(started).toEqual(['A1']);
  });
});
