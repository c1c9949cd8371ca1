import type { Clock } from "../poll";

/** Time that passes only when the code under test sleeps, and then at once; remembers each sleep. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  private elapsed: number;

  constructor(startMs = 0) {
    this.elapsed = startMs;
  }

  // Arrow functions, so that they work taken off the clock; a test may replace one (a sleep that acts).
  now = (): number => this.elapsed;

  sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.elapsed += ms;
  };
}
