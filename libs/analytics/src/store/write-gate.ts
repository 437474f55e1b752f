/**
 * Orders the writes to one database. An exclusive write (schema, schools, anything LA-wide) runs alone; shared
 * writes (each school export's load, which touches only that school's rows) run side by side, up to `limit`
 * at once, each on its own connection. Waiters are served first come, first served, so a stream of shared
 * writes cannot starve an exclusive one. A failed write does not stop the ones after it.
 */
export class WriteGate {
  private readonly waiting: { kind: 'exclusive' | 'shared'; start: () => void }[] = [];
  private exclusiveRunning = false;
  private sharedRunning = 0;
  private settled = 0;

  constructor(readonly sharedLimit: number) {
    if (!Number.isInteger(sharedLimit) || sharedLimit < 1) {
      throw new RangeError(`The shared write limit must be a whole number from 1, got ${sharedLimit}`);
    }
  }

  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.enter('exclusive', task);
  }

  shared<T>(task: () => Promise<T>): Promise<T> {
    return this.enter('shared', task);
  }

  /**
   * How many writes have settled (committed, rolled back or failed). It changes after every write, before the
   * writer hears back, so a figure computed while it held one value may be cached under that value.
   */
  get settledWrites(): number {
    return this.settled;
  }

  /** Resolves once every write queued so far has settled (an exclusive write waits for all before it). */
  async drain(): Promise<void> {
    await this.exclusive(async () => undefined);
  }

  private enter<T>(kind: 'exclusive' | 'shared', task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({
        kind,
        start: () => {
          task()
            .finally(() => this.leave(kind))
            .then(resolve, reject);
        },
      });
      this.startWaiting();
    });
  }

  private leave(kind: 'exclusive' | 'shared'): void {
    this.settled += 1;
    if (kind === 'exclusive') this.exclusiveRunning = false;
    else this.sharedRunning -= 1;
    this.startWaiting();
  }

  private startWaiting(): void {
    for (let next = this.waiting[0]; next !== undefined; next = this.waiting[0]) {
      if (this.exclusiveRunning) return;
      if (next.kind === 'exclusive') {
        if (this.sharedRunning > 0) return;
        this.exclusiveRunning = true;
      } else {
        if (this.sharedRunning >= this.sharedLimit) return;
        this.sharedRunning += 1;
      }
      this.waiting.shift();
      next.start();
    }
  }
}
