import { In, type DataSource, type Repository } from 'typeorm';
import { SchoolContact } from './school-contact.entity.js';

export type SchoolContactDetails = Omit<SchoolContact, 'updatedAt'>;

/** The LA's school contacts: read for many schools at once (a page of a list), written one school or all. */
export class SchoolContactRepository {
  private readonly contacts: Repository<SchoolContact>;

  constructor(dataSource: DataSource) {
    this.contacts = dataSource.getRepository(SchoolContact);
  }

  /** The contacts of these schools, in one query; schools without a contact are simply absent. */
  async findByUrns(urns: readonly string[]): Promise<SchoolContact[]> {
    if (urns.length === 0) return [];
    return this.contacts.findBy({ urn: In([...urns]) });
  }

  /** Adds or replaces each school's contact (by URN). */
  async save(contacts: readonly SchoolContactDetails[]): Promise<void> {
    if (contacts.length === 0) return;
    await this.contacts.upsert([...contacts], ['urn']);
  }

  async remove(urn: string): Promise<void> {
    await this.contacts.delete({ urn });
  }
}
