import { WriteGate } from './write-gate.js';

/** A task that records when it starts and ends and finishes when told to. */
function controlledTask(name: string, log: string[]) {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    run: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(WriteGate.name, () => {
  it('runs shared writes side by side up to the limit, and exclusive writes alone in arrival order', async () => {
    const gate = new WriteGate(2);
    const log: string[] = [];
    const { a, b, c, x, d } = Object.fromEntries(
      ['a', 'b', 'c', 'x', 'd'].map((name) => [name, controlledTask(name, log)]),
    ) as Record<'a' | 'b' | 'c' | 'x' | 'd', ReturnType<typeof controlledTask>>;
    const results = [
      gate.shared(a.run),
      gate.shared(b.run),
      gate.shared(c.run),
      gate.exclusive(x.run),
      gate.shared(d.run),
    ];
    await settle();
    expect(log).toEqual(['start a', 'start b']); // c waits for a free slot
    a.finish();
    await settle();
    expect(log.slice(2)).toEqual(['end a', 'start c']);
    b.finish();
    c.finish();
    await settle();
    expect(log.slice(4)).toEqual(['end b', 'end c', 'start x']); // x alone; d, queued after it, waits
    x.finish();
    await settle();
    expect(log.slice(7)).toEqual(['end x', 'start d']);
    d.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'x', 'd']);
  });

  it('goes on after a failed write, and drain waits for everything queued', async () => {
    const gate = new WriteGate(1);
    const failed = gate.shared(async () => {
      throw new Error('broken file');
    });
    const log: string[] = [];
    const later = gate.shared(async () => {
      log.push('later ran');
    });
    await expect(failed).rejects.toThrow('broken file');
    await gate.drain();
    await later;
    expect(log).toEqual(['later ran']);
  });

  it('counts every settled write, failed ones included, before the writer hears back', async () => {
    const gate = new WriteGate(2);
    expect(gate.settledWrites).toBe(0);
    const seen = await gate.shared(async () => 'done').then(() => gate.settledWrites);
    expect(seen).toBe(1);
    await expect(
      gate.exclusive(async () => {
        throw new Error('broken file');
      }),
    ).rejects.toThrow('broken file');
    expect(gate.settledWrites).toBe(2);
  });

  it('refuses a limit below one', () => {
    expect(() => new WriteGate(0)).toThrow(/from 1, got 0/);
  });
});
