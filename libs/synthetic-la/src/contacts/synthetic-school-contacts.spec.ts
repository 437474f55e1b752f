import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_OPTIONS } from '../options/synthetic-la-options.js';
import { planSyntheticLa } from '../school-plan/plan-synthetic-la.js';
import { syntheticSchoolContacts } from './synthetic-school-contacts.js';

const OPTIONS = { ...DEFAULT_DEMO_OPTIONS, schools: 12, pupils: 2400 };

describe(syntheticSchoolContacts.name, () => {
  it('gives every school one contact with a fictional telephone number and e-mail address', () => {
    const plan = planSyntheticLa(OPTIONS);
    const contacts = syntheticSchoolContacts(plan);
    expect(contacts.map((contact) => contact.urn)).toEqual(plan.schools.map((school) => school.urn));
    for (const contact of contacts) {
      expect(contact.name).toMatch(/^\S+ \S+/);
      expect(contact.telephone).toMatch(/^01632 960\d{3}$/);
      expect(contact.email).toMatch(/^[a-z]+\.[a-z]+@[a-z-]+\.example$/);
      expect(contact.role.length).toBeGreaterThan(0);
    }
  });

  it('is the same for the same seed, keeps each school its person when schools are added, differs by seed', () => {
    const contacts = syntheticSchoolContacts(planSyntheticLa(OPTIONS));
    expect(syntheticSchoolContacts(planSyntheticLa(OPTIONS))).toEqual(contacts);
    const more = syntheticSchoolContacts(planSyntheticLa({ ...OPTIONS, schools: 14, pupils: 2800 }));
    // The plan may rename a school when schools are added, so only the e-mail's school part may change.
    const person = ({ urn, name, role, telephone, email }: (typeof contacts)[number]) => ({
      urn,
      name,
      role,
      telephone,
      mailbox: email.split('@')[0],
    });
    const moreByUrn = new Map(more.map((contact) => [contact.urn, person(contact)]));
    expect(contacts.map((contact) => moreByUrn.get(contact.urn))).toEqual(contacts.map(person));
    const otherSeed = syntheticSchoolContacts(planSyntheticLa({ ...OPTIONS, seed: OPTIONS.seed + 1 }));
    expect(otherSeed.map((contact) => contact.name)).not.toEqual(contacts.map((contact) => contact.name));
  });
});
