import { ForbiddenException } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsStore, UnknownSchoolError, WHOLE_LA_SCOPE } from '@attendance/analytics';
import { narrowScopeToSchool } from './narrow-scope-to-school.js';

describe(narrowScopeToSchool.name, () => {
  let store: AnalyticsStore;

  beforeAll(async () => {
    store = await AnalyticsStore.open({ path: ':memory:' });
    await store.write((session) =>
      session.run(`INSERT INTO schools VALUES
        ('100001', 1, '9992001', 'Alder Primary', 'Primary', 'Community'),
        ('100002', 2, '9994001', 'Birch Academy', 'Secondary', 'Academy converter')`),
    );
  });

  afterAll(() => store.close());

  it('leaves the scope as it is without a URN', async () => {
    const scope = { schools: ['100001'], pupilLevel: false };
    await expect(narrowScopeToSchool(store, scope, undefined)).resolves.toBe(scope);
  });

  it("narrows the scope to the school, keeping the caller's pupil-level access", async () => {
    await expect(narrowScopeToSchool(store, WHOLE_LA_SCOPE, '100002')).resolves.toEqual({
      schools: ['100002'],
      pupilLevel: true,
    });
    await expect(
      narrowScopeToSchool(store, { schools: ['100001', '100002'], pupilLevel: false }, '100001'),
    ).resolves.toEqual({ schools: ['100001'], pupilLevel: false });
  });

  it("refuses a school outside the caller's scope, even one the store holds", async () => {
    await expect(
      narrowScopeToSchool(store, { schools: ['100001'], pupilLevel: true }, '100002'),
    ).rejects.toThrow(ForbiddenException);
  });

  it('names an unknown URN as bad input', async () => {
    const narrowing = narrowScopeToSchool(store, WHOLE_LA_SCOPE, '100009');
    await expect(narrowing).rejects.toThrow(UnknownSchoolError);
    await expect(narrowing).rejects.toThrow('urn: no school with URN 100009 has been loaded');
  });
});
