import { describe, expect, it, vi } from 'vitest';
import type { SchoolContactDetails, SchoolContactRepository } from '@attendance/persistence';
import { SchoolContactLoaders } from './school-contact-loaders.js';

function contactOf(urn: string): SchoolContactDetails {
  return {
    urn,
    name: `Lead of ${urn}`,
    role: 'Attendance lead',
    email: 'a@b.example',
    telephone: '01632 960000',
  };
}

describe(SchoolContactLoaders.name, () => {
  it('answers a page of 50 rows over 7 schools with one contacts query, null for a school without one', async () => {
    const findByUrns = vi.fn((urns: readonly string[]) =>
      Promise.resolve(urns.filter((urn) => urn !== '100007').map((urn) => contactOf(urn))),
    );
    const loaders = new SchoolContactLoaders({ findByUrns } as unknown as SchoolContactRepository);
    const request = {};
    const rowUrns = Array.from({ length: 50 }, (_, row) => `10000${(row % 7) + 1}`);
    const contacts = await Promise.all(rowUrns.map((urn) => loaders.load(request, urn)));

    expect(findByUrns).toHaveBeenCalledTimes(1);
    expect([...(findByUrns.mock.calls[0]?.[0] ?? [])].sort()).toEqual([
      '100001',
      '100002',
      '100003',
      '100004',
      '100005',
      '100006',
      '100007',
    ]);
    expect(contacts[0]?.name).toBe('Lead of 100001');
    expect(contacts[6]).toBeNull();
    await loaders.load(request, '100002');
    expect(findByUrns).toHaveBeenCalledTimes(1);
    await loaders.load({}, '100002');
    expect(findByUrns).toHaveBeenCalledTimes(2);
  });
});
