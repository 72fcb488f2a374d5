import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * Integer draws from pure-rand's xoroshiro128+. Everything is integer arithmetic on 32-bit words, so a
 * seed gives the same sequence on every engine, machine and time zone.
 */

/**
 * A generator for any safe-integer seed. Seeds from 0 to 2³²−1 start exactly where pure-rand's
 * `xoroshiro128plus(seed)` does; the high word goes into the other half of the state, so distinct
 * safe integers never share a stream.
 *
 * @internal
 */
export function seededGenerator(seed: number): JumpableRandomGenerator {
  const high = Math.floor(seed / 0x1_0000_0000);
  const low = seed - high * 0x1_0000_0000;
  return xoroshiro128plusFromState([~high, ~low, low | 0, high | 0]);
}

/**
 * Independent named streams from one seed, each 2⁶⁴ draws after the previous, so that what one part
 * of a generator draws never shifts what another part draws.
 *
 * @internal
 */
export function independentStreams<Name extends string>(
  seed: number,
  names: readonly Name[],
): Record<Name, JumpableRandomGenerator> {
  const source = seededGenerator(seed);
  const streams = {} as Record<Name, JumpableRandomGenerator>;
  for (const name of names) {
    source.jump();
    streams[name] = source.clone();
  }
  return streams;
}

/** @internal A uniform integer from `min` to `max`, both included. */
export function between(rng: RandomGenerator, min: number, max: number): number {
  return uniformInt(rng, min, max);
}

/** @internal `true` with probability `numerator / denominator`. */
export function chance(rng: RandomGenerator, numerator: number, denominator = 100): boolean {
  return uniformInt(rng, 0, denominator - 1) < numerator;
}

/** @internal One item of a non-empty list, each equally likely. */
export function pickFrom<T>(rng: RandomGenerator, items: readonly T[]): T {
  return items[uniformInt(rng, 0, items.length - 1)] as T;
}

/**
 * A Pareto-like integer from `min` to `max` (tail index 1, truncated): most draws near `min`, a few
 * near `max`, as invoice sizes and account sizes are. `min * 1e6 / u` for a uniform integer `u`, with
 * integer division only; a million steps keep the amounts from bunching on a few values.
 *
 * @internal
 */
export function paretoBetween(rng: RandomGenerator, min: number, max: number): number {
  const steps = 1_000_000;
  const scale = min * steps;
  const lowest = Math.min(steps, Math.max(1, Math.ceil(scale / max)));
  return Math.min(max, Math.floor(scale / uniformInt(rng, lowest, steps)));
}
