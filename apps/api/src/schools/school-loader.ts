import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  AnalyticsStore,
  querySchoolsByUrn,
  type AnalyticsScope,
  type SchoolDetails,
} from '@attendance/analytics';

// Rows of a list each name their school; asking for each row's `school` one at a time would query the store
// once per row. A DataLoader per request gathers the URNs one resolver tick asks for into a single lookup
// and remembers them for the rest of the request (never longer: a load may rename a school).

@Injectable()
export class SchoolLoaders {
  private readonly byRequest = new WeakMap<object, DataLoader<string, SchoolDetails | null>>();

  constructor(@Inject(AnalyticsStore) private readonly analytics: AnalyticsStore) {}

  /**
   * The school of `urn` for a row of this request's answer (the GraphQL context object identifies the
   * request). The row came from the same store within the scope, so a miss is a fault, not a user error.
   */
  async load(context: object, scope: AnalyticsScope, urn: string): Promise<SchoolDetails> {
    let loader = this.byRequest.get(context);
    if (!loader) {
      loader = new DataLoader((urns) => querySchoolsByUrn(this.analytics, urns, scope));
      this.byRequest.set(context, loader);
    }
    const school = await loader.load(urn);
    if (!school) throw new Error(`School ${urn} was in an answer but not in the store or the scope`);
    return school;
  }
}
