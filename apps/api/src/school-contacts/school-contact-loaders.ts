import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { SchoolContactRepository, type SchoolContactDetails } from '@attendance/persistence';

// A list page names up to hundreds of schools, and each row's `school.contact` would otherwise be its own
// PostgreSQL query. A DataLoader per request gathers them into one query and remembers the answers for the
// rest of the request only (the LA may change a contact at any time).

@Injectable()
export class SchoolContactLoaders {
  private readonly byRequest = new WeakMap<object, DataLoader<string, SchoolContactDetails | null>>();

  constructor(@Inject(SchoolContactRepository) private readonly contacts: SchoolContactRepository) {}

  /** The contact of school `urn` for this request (the GraphQL context object), or null when it has none. */
  load(context: object, urn: string): Promise<SchoolContactDetails | null> {
    let loader = this.byRequest.get(context);
    if (!loader) {
      loader = new DataLoader(async (urns) => {
        const byUrn = new Map((await this.contacts.findByUrns(urns)).map((row) => [row.urn, row]));
        return urns.map((urn) => byUrn.get(urn) ?? null);
      });
      this.byRequest.set(context, loader);
    }
    return loader.load(urn);
  }
}
