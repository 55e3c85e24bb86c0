/**
 * The events waiting for one subscription, as the async iterator graphql-ws reads. A subscriber that reads more
 * slowly than events come is cut off past `limit` waiting events (its subscription completes, to be made again and
 * caught up with a query) rather than held in memory without bound.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly waiting: T[] = [];
  private reader: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;
  private overflowed = false;

  constructor(
    private readonly limit: number,
    private readonly onEnd: () => void,
  ) {}

  push(event: T): void {
    if (this.done) return;
    if (this.reader) {
      const read = this.reader;
      this.reader = null;
      return read({ value: event, done: false });
    }
    if (this.waiting.length >= this.limit) {
      this.overflowed = true;
      return;
    }
    this.waiting.push(event);
  }

  async next(): Promise<IteratorResult<T>> {
    if (this.waiting.length) return { value: this.waiting.shift()!, done: false };
    if (this.overflowed) {
      // Completed rather than failed: an error thrown here would end the whole connection, not this subscription.
      console.warn(`[change feed] a subscriber let ${this.limit} changes wait unread: its subscription is completed`);
      this.finish();
    }
    if (this.done) return { value: undefined, done: true };
    return new Promise((resolve) => (this.reader = resolve));
  }

  async return(): Promise<IteratorResult<T>> {
    this.finish();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    this.finish();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.waiting.length = 0;
    this.reader?.({ value: undefined, done: true });
    this.reader = null;
    this.onEnd();
  }
}
