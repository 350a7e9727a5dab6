import { ntpTimeFromUnixNanoseconds, type NtpTime } from './ntpTime';

/** Our side of the exchange: T1 and T4 come from here. */
export interface ProbeClock {
  /** The wall clock as an NTP time. */
  now(): NtpTime;
  /** A monotonic reading in milliseconds, for schedules and the stripchart's time axis. */
  monotonicMs(): number;
  /** How far `now()` may be from the system clock (calibration), for the log. */
  readonly uncertaintyMs: number;
}

/** Stop refining after this long and keep the best tick seen (a busy machine preempts the loop). */
const CALIBRATION_LIMIT_NS = 50_000_000n;
/** A tick pinned this tightly is good enough (one loop iteration is well under 1 µs when not preempted). */
const GOOD_ENOUGH_NS = 5_000n;

interface Anchor {
  readonly unixNs: bigint;
  readonly hr: bigint;
  readonly uncertaintyNs: bigint;
}

/** Node's µs wall-clock reading at process start, carried forward on the monotonic clock: fine unless the process is old. */
function processStartAnchor(): Anchor {
  const hr = process.hrtime.bigint();
  const unixNs = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
  return { unixNs, hr, uncertaintyNs: 1_000_000n };
}

/**
 * A wall clock with sub-millisecond resolution. Date.now() only ticks in whole milliseconds, so we watch for a
 * tick and pin it to the monotonic clock; the tick lies between two readings, and we keep the tightest pair
 * (preemption widens some). Made anew for each run, so a clock step or a suspend between runs cannot skew it.
 */
export function systemClock(): ProbeClock {
  const start = process.hrtime.bigint();
  let best = processStartAnchor();
  let previousWall = Date.now();
  let previousBefore = process.hrtime.bigint();
  while (best.uncertaintyNs > GOOD_ENOUGH_NS) {
    // Monotonic readings on both sides of the wall reading: preemption anywhere widens the bracket, never hides.
    const before = process.hrtime.bigint();
    const wall = Date.now();
    const after = process.hrtime.bigint();
    if (wall - previousWall === 1) {
      // The tick fell after the previous wall reading began and before this one ended.
      const uncertaintyNs = after - previousBefore;
      if (uncertaintyNs < best.uncertaintyNs) best = { unixNs: BigInt(wall) * 1_000_000n, hr: previousBefore + uncertaintyNs / 2n, uncertaintyNs };
    }
    previousWall = wall;
    previousBefore = before;
    if (after - start > CALIBRATION_LIMIT_NS) break;
  }
  const anchor = best;
  return {
    now: () => ntpTimeFromUnixNanoseconds(anchor.unixNs + (process.hrtime.bigint() - anchor.hr)),
    monotonicMs: () => Number(process.hrtime.bigint() - start) / 1e6,
    uncertaintyMs: Number(anchor.uncertaintyNs) / 2e6,
  };
}
