import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

// The demo LA's first start seeds an invented attendance contact for every school (PostgreSQL), and every
// answer that carries a school can say who to contact there: a page of the CME list, and a school overview.

interface Contact {
  name: string;
  role: string;
  email: string;
  telephone: string;
}

describe('School contacts', () => {
  let product: RunningProduct;

  beforeAll(async () => {
    product = await startProduct({ schools: 8, pupils: 2400, seed: 20250901 });
  }, 180_000);

  afterAll(async () => {
    await product?.stop();
  }, 60_000);

  it('gives every row of a CME list page its school and the fictional contact seeded for it', async () => {
    const { cmeMilestoneList } = await postGraphql<{
      cmeMilestoneList: { pupils: { urn: string; school: { urn: string; contact: Contact | null } }[] };
    }>(
      product.baseUrl,
      'query { cmeMilestoneList(limit: 50) { pupils { urn school { urn contact { name role email telephone } } } } }',
    );
    expect(cmeMilestoneList.pupils.length).toBeGreaterThan(1);
    const contactsByUrn = new Map<string, string>();
    for (const row of cmeMilestoneList.pupils) {
      expect(row.school.urn).toBe(row.urn);
      expect(row.school.contact?.telephone).toMatch(/^01632 960\d{3}$/);
      expect(row.school.contact?.email).toMatch(/\.example$/);
      const contact = JSON.stringify(row.school.contact);
      expect(contactsByUrn.get(row.urn) ?? contact).toBe(contact);
      contactsByUrn.set(row.urn, contact);
    }
  });

  it("gives a school overview its school's contact, the same as the list gives", async () => {
    const { laOverview } = await postGraphql<{ laOverview: { schools: { urn: string }[] } }>(
      product.baseUrl,
      'query { laOverview { schools(limit: 1000) { urn } } }',
    );
    expect(laOverview.schools).toHaveLength(8);
    for (const { urn } of laOverview.schools) {
      const { schoolOverview } = await postGraphql<{
        schoolOverview: { school: { contact: Contact | null } };
      }>(
        product.baseUrl,
        'query ($urn: String!) { schoolOverview(urn: $urn) { school { contact { name role email telephone } } } }',
        { urn },
      );
      expect(schoolOverview.school.contact?.name).toMatch(/^\S+ \S+/);
    }
  });
});
