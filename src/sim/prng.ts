/**
 * sfc32: a small, fast, integer-only PRNG. One scenario seed derives every stream; the state is
 * plain numbers so a world checkpoint clones it exactly.
 */

/** The four 32-bit words of an sfc32 generator. */
export type PrngState = [number, number, number, number];

/** A generator seeded from `seed` and a subsystem name, so streams do not disturb each other. */
export function seedPrng(seed: number, stream: string): PrngState {
  let h = 0x9e3779b9 ^ (seed >>> 0);
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x85ebca6b) >>> 0;
  const state: PrngState = [seed >>> 0, h >>> 0, (h ^ 0xdeadbeef) >>> 0, 1];
  for (let i = 0; i < 15; i++) nextUint32(state);
  return state;
}

/** The next unsigned 32-bit value; advances the state in place. */
export function nextUint32(s: PrngState): number {
  const t = (((s[0] + s[1]) | 0) + s[3]) | 0;
  s[3] = (s[3] + 1) | 0;
  s[0] = s[1] ^ (s[1] >>> 9);
  s[1] = (s[2] + (s[2] << 3)) | 0;
  s[2] = (s[2] << 21) | (s[2] >>> 11);
  s[2] = (s[2] + t) | 0;
  return t >>> 0;
}

/** A uniform integer in [min, max] (inclusive). */
export function nextInt(s: PrngState, min: number, max: number): number {
  if (max <= min) return min;
  const span = max - min + 1;
  return min + (nextUint32(s) % span);
}

/** One item of `items`, chosen by the stream. */
export function pick<T>(s: PrngState, items: readonly T[]): T {
  return items[nextInt(s, 0, items.length - 1)];
}
