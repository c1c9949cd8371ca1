import { UserError } from "./errors";
import { formatDuration } from "./format";

/** Time as the waits see it; tests pass a fake one so no test sleeps for real. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** One look at the thing being waited for: either it is there, or why not yet. */
export type Attempt<T> = { done: true; value: T } | { done: false; reason: string };

export interface PollOptions {
  /** What is being waited for, as the end of "Timed out after 30 s waiting for …". */
  what: string;
  timeoutMs: number;
  intervalMs: number;
  /** Each wait is this many times the one before (1 = fixed interval). */
  backoff?: number;
  maxIntervalMs?: number;
  /** What to do about it, added to the timeout error. */
  hint?: string;
  clock?: Clock;
}

export class TimeoutError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, { hint });
    this.name = "TimeoutError";
  }
}

/**
 * The one way quai waits: looks until `attempt` says done or the time is up, then fails with
 * what it waited for and the last reason it was not there.
 */
export async function poll<T>(attempt: () => Promise<Attempt<T>>, options: PollOptions): Promise<T> {
  const clock = options.clock ?? systemClock;
  const deadline = clock.now() + options.timeoutMs;
  let interval = options.intervalMs;
  let tries = 0;
  for (;;) {
    tries++;
    const result = await attempt();
    if (result.done) return result.value;
    const left = deadline - clock.now();
    if (left <= 0) {
      throw new TimeoutError(
        `Timed out after ${formatDuration(options.timeoutMs)} waiting for ${options.what} (${tries} tries; last: ${result.reason})`,
        options.hint,
      );
    }
    await clock.sleep(Math.min(interval, left));
    interval = Math.min(interval * (options.backoff ?? 1), options.maxIntervalMs ?? Number.POSITIVE_INFINITY);
  }
}

export interface RetryOptions extends Omit<PollOptions, "timeoutMs"> {
  attempts: number;
  /** Errors worth another try (a 5xx, a reset connection); any other is thrown at once. */
  isRetryable: (error: unknown) => boolean;
}

/** Calls `operation` until it succeeds, at most `attempts` times, waiting between tries. */
export async function retry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const clock = options.clock ?? systemClock;
  let interval = options.intervalMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= options.attempts || !options.isRetryable(error)) {
        if (attempt > 1 && error instanceof Error) {
          error.message = `${error.message} (after ${attempt} tries at ${options.what})`;
        }
        throw error;
      }
    }
    await clock.sleep(interval);
    interval = Math.min(interval * (options.backoff ?? 1), options.maxIntervalMs ?? Number.POSITIVE_INFINITY);
  }
}
