// Small, fast, well-tested seeded generators, so that every synthetic file is reproducible byte for byte.
//
// - sfc32 ("Small Fast Counting", 32-bit) is Chris Doty-Humphrey's generator from the PractRand test suite
//   (public domain); it passes PractRand and BigCrush. JavaScript form as published by bryc,
//   https://github.com/bryc/code/blob/master/jshash/PRNGs.md#sfc32
// - cyrb128 (also from bryc's collection, public domain) hashes a text key into the 128 bits of sfc32 state.
//   Keys name what a stream is for ("school/3/pupils"), so one school's stream never shifts another's.

/** Four 32-bit words of generator state. */
export type Sfc32State = [number, number, number, number];

export function cyrb128(key: string): Sfc32State {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < key.length; index += 1) {
    const k = key.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Returns a function giving uniformly distributed unsigned 32-bit integers. */
export function sfc32([seedA, seedB, seedC, seedD]: Sfc32State): () => number {
  let a = seedA | 0;
  let b = seedB | 0;
  let c = seedC | 0;
  let d = seedD | 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The author recommends discarding the first outputs so that similar seeds have diverged.
  for (let round = 0; round < 12; round += 1) next();
  return next;
}
