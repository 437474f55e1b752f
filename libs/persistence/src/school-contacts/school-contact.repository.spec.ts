import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OperationalDatabase } from '../database/operational-database.js';
import { SchoolContactRepository, type SchoolContactDetails } from './school-contact.repository.js';

function contact(urn: string, name: string): SchoolContactDetails {
  return {
    urn,
    name,
    role: 'Attendance lead',
    email: `attendance@${urn}.example`,
    telephone: '01632 960001',
  };
}

describe(SchoolContactRepository.name, () => {
  let dataDir: string;
  let database: OperationalDatabase;
  let contacts: SchoolContactRepository;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'attendance-contacts-'));
    database = await OperationalDatabase.open({ dataDir });
    contacts = new SchoolContactRepository(database.dataSource);
  });

  afterAll(async () => {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finds the contacts of many schools at once, leaving out schools without one', async () => {
    await contacts.save([contact('900001', 'Ada Lovelace'), contact('900002', 'Alan Turing')]);
    const found = await contacts.findByUrns(['900002', '900001', '900003']);
    expect(found.map((row) => [row.urn, row.name]).sort()).toEqual([
      ['900001', 'Ada Lovelace'],
      ['900002', 'Alan Turing'],
    ]);
    expect(await contacts.findByUrns([])).toEqual([]);
  });

  it("replaces a school's contact when saved again, and removes it", async () => {
    await contacts.save([contact('900004', 'Grace Hopper')]);
    await contacts.save([{ ...contact('900004', 'Katherine Johnson'), role: 'Deputy headteacher' }]);
    const [replaced] = await contacts.findByUrns(['900004']);
    expect(replaced).toMatchObject({ name: 'Katherine Johnson', role: 'Deputy headteacher' });
    await contacts.remove('900004');
    expect(await contacts.findByUrns(['900004'])).toEqual([]);
  });
});
