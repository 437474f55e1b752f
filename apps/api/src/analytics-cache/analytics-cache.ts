import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AnalyticsStore, type AnalyticsScope } from '@attendance/analytics';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

// Figures change only when data is loaded, and a dashboard asks the same questions all day, so answers are
// kept until the next write to the analytics store. The key holds the store's data version (read before the
// query runs, so an answer computed during a load is never served after it), the caller's scope (two callers
// with different schools never share an answer), the query's name and its arguments. Identical questions
// asked at the same time share one computation. A failed computation is not kept.

@Injectable()
export class AnalyticsCache {
  private readonly answers: LRUCache<string, Promise<unknown>>;
  private versionHeld: number;

  constructor(
    @Inject(AnalyticsStore) private readonly store: AnalyticsStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.answers = new LRUCache({ max: config.analyticsCacheEntries });
    this.versionHeld = store.dataVersion;
  }

  /** The answer to `query` with `args` for `scope`, computed by `compute` unless already known. */
  answer<T>(query: string, args: unknown, scope: AnalyticsScope, compute: () => Promise<T>): Promise<T> {
    const version = this.store.dataVersion;
    if (version !== this.versionHeld) {
      this.answers.clear();
      this.versionHeld = version;
    }
    const key = JSON.stringify([version, scopeKey(scope), query, args ?? null]);
    const known = this.answers.get(key);
    if (known) return known as Promise<T>;
    const computing = compute();
    this.answers.set(key, computing);
    computing.catch(() => {
      if (this.answers.get(key) === computing) this.answers.delete(key);
    });
    return computing;
  }

  /** How many answers are held (for tests and the health check). */
  get size(): number {
    return this.answers.size;
  }
}

function scopeKey(scope: AnalyticsScope): string {
  const schools = scope.schools === 'all' ? 'all' : [...scope.schools].sort().join(',');
  return `${schools}|${scope.pupilLevel ? 'pupils' : 'aggregates'}`;
}
