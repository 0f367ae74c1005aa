/** The clock a limiter waits on; tests give a fake one. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * At most `limit` requests in any `windowMs` (SSB: 30 a minute, per IP address):
 * `take()` waits until the oldest of the last `limit` requests is a window old.
 */
export class RateLimiter {
  private readonly sent: number[] = [];

  constructor(
    private readonly limit = 30,
    private readonly windowMs = 60_000,
    private readonly clock: Clock = realClock,
  ) {}

  /** Waits, if needed, then counts one request. */
  async take(): Promise<void> {
    if (this.sent.length >= this.limit) {
      const wait = this.sent[this.sent.length - this.limit]! + this.windowMs - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
    }
    this.sent.push(this.clock.now());
    if (this.sent.length > this.limit) this.sent.shift();
  }
}
