import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { postGraphql } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const HEADLINE_AND_RUNS = `query {
  laOverview { dataAsOf headline { enrolments possibleSessions overallAbsenceRate persistentAbsentees } }
  importRuns { trigger status }
}`;

interface HeadlineAndRuns {
  laOverview: { dataAsOf: string; headline: Record<string, number> };
  importRuns: { trigger: string; status: string }[];
}

describe('restarting on the same DATA_DIR', () => {
  let product: RunningProduct | undefined;

  afterAll(async () => {
    await product?.stop();
  });

  it('keeps both stores and does not generate the demo LA again', async () => {
    const first = await startProduct({ schools: 3, pupils: 300, seed: 11 });
    const before = await postGraphql<HeadlineAndRuns>(first.baseUrl, HEADLINE_AND_RUNS);
    await first.stop({ keepData: true });
    // The exports are no longer needed once loaded: the figures must come from the stores themselves.
    await rm(first.exportsDir, { recursive: true, force: true });

    product = await startProduct({ dataDir: first.dataDir, schools: 3, pupils: 300, seed: 11 });
    const after = await postGraphql<HeadlineAndRuns>(product.baseUrl, HEADLINE_AND_RUNS);

    expect(after.laOverview).toEqual(before.laOverview);
    expect(after.importRuns).toEqual([{ trigger: 'demo-bootstrap', status: 'succeeded' }]);
  });
});
