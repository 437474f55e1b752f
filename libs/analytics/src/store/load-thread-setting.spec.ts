import { describe, expect, it } from 'vitest';
import { LoadThreadSetting } from './load-thread-setting.js';
import type { SqlSession } from './sql-session.js';

/** A session that only records what it was asked to run. */
function recordingSession(statements: string[]): SqlSession {
  return {
    run: async (sql) => {
      statements.push(sql);
      return 0;
    },
    all: async () => [],
  };
}

describe('LoadThreadSetting', () => {
  it('runs DuckDB on one thread only while two or more loads run', async () => {
    const statements: string[] = [];
    const session = recordingSession(statements);
    const setting = new LoadThreadSetting(4);

    await setting.loadStarted(session);
    expect(statements).toEqual([]); // one load: its statements may use every thread

    await setting.loadStarted(session);
    await setting.loadStarted(session);
    expect(statements).toEqual(['SET GLOBAL threads = 1']);

    await setting.loadFinished(session);
    expect(statements).toEqual(['SET GLOBAL threads = 1']); // still two running

    await setting.loadFinished(session);
    await setting.loadFinished(session);
    expect(statements).toEqual(['SET GLOBAL threads = 1', 'SET GLOBAL threads = 4']);
  });

  it('applies each change to the number of loads running when it is applied', async () => {
    const statements: string[] = [];
    const setting = new LoadThreadSetting(2);
    const session = recordingSession(statements);
    await setting.loadStarted(session);
    // A second load starts and finishes before either change is applied: there is nothing to switch.
    await Promise.all([setting.loadStarted(session), setting.loadFinished(session)]);
    expect(statements).toEqual([]);
    // Two start together, then both finish: one switch each way, in order.
    await Promise.all([setting.loadStarted(session), setting.loadStarted(session)]);
    await Promise.all([setting.loadFinished(session), setting.loadFinished(session)]);
    expect(statements).toEqual(['SET GLOBAL threads = 1', 'SET GLOBAL threads = 2']);
  });
});
