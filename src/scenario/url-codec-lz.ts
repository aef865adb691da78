/**
 * A small LZ77 compressor for share links. Scenario JSON repeats itself a lot (`{"at":…,"do":"client",
 * "session":…`), so plain back-references shrink it several times over without a Huffman stage.
 * Deterministic: the same bytes always compress to the same output.
 *
 * Format: varint(raw length), then ops. An op starts with a varint h: h even is a run of h/2 + 1
 * literal bytes that follow; h odd is a match of (h - 1)/2 + MIN_MATCH bytes, followed by a varint
 * distance back into the output (1 … what has been produced).
 */
import { m, type Phrase } from './phrase';

const MIN_MATCH = 4;
const MAX_MATCH = 1024;
const WINDOW = 1 << 16;
const CHAIN_DEPTH = 24;
const HASH_BITS = 14;

function pushVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
}

function hashAt(b: Uint8Array, i: number): number {
  const v = b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  return Math.imul(v, 0x9e3779b1) >>> (32 - HASH_BITS);
}

/** Compresses `input` (greedy matching over hash chains). */
export function lzCompress(input: Uint8Array): Uint8Array {
  const out: number[] = [];
  pushVarint(out, input.length);
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const prev = new Int32Array(input.length).fill(-1);
  let litStart = 0;
  const flushLiterals = (end: number): void => {
    for (let s = litStart; s < end; ) {
      const run = Math.min(end - s, 1 << 20);
      pushVarint(out, (run - 1) * 2);
      for (let k = 0; k < run; k++) out.push(input[s + k]);
      s += run;
    }
  };
  const insert = (i: number): void => {
    if (i + MIN_MATCH > input.length) return;
    const h = hashAt(input, i);
    prev[i] = head[h];
    head[h] = i;
  };
  let i = 0;
  while (i < input.length) {
    let bestLen = 0;
    let bestDist = 0;
    if (i + MIN_MATCH <= input.length) {
      let cand = head[hashAt(input, i)];
      for (let depth = 0; cand >= 0 && i - cand <= WINDOW && depth < CHAIN_DEPTH; depth++, cand = prev[cand]) {
        let len = 0;
        const max = Math.min(MAX_MATCH, input.length - i);
        while (len < max && input[cand + len] === input[i + len]) len++;
        if (len > bestLen) {
          bestLen = len;
          bestDist = i - cand;
        }
      }
    }
    if (bestLen >= MIN_MATCH) {
      flushLiterals(i);
      pushVarint(out, (bestLen - MIN_MATCH) * 2 + 1);
      pushVarint(out, bestDist);
      for (let k = 0; k < bestLen; k++) insert(i + k);
      i += bestLen;
      litStart = i;
    } else {
      insert(i);
      i++;
    }
  }
  flushLiterals(input.length);
  return Uint8Array.from(out);
}

/** Decompresses, or returns a problem: malformed ops, or more than `maxLength` bytes (a bomb). */
export function lzDecompress(data: Uint8Array, maxLength: number): Uint8Array | Phrase {
  let pos = 0;
  const varint = (): number | null => {
    let n = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= data.length) return null;
      const b = data[pos++];
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
    }
    return null;
  };
  const total = varint();
  if (total === null) return m`the compressed data ends too early`;
  if (total > maxLength) return m`it would expand to ${total} bytes, more than the ${maxLength} allowed`;
  const out = new Uint8Array(total);
  let n = 0;
  while (n < total) {
    const h = varint();
    if (h === null) return m`the compressed data ends too early`;
    if (h % 2 === 0) {
      const run = h / 2 + 1;
      if (run > total - n || pos + run > data.length) return m`a literal run goes past the end`;
      out.set(data.subarray(pos, pos + run), n);
      pos += run;
      n += run;
    } else {
      const len = (h - 1) / 2 + MIN_MATCH;
      const dist = varint();
      if (dist === null) return m`the compressed data ends too early`;
      if (dist < 1 || dist > n) return m`a back-reference points before the start`;
      if (len > total - n) return m`a back-reference goes past the end`;
      for (let k = 0; k < len; k++, n++) out[n] = out[n - dist];
    }
  }
  if (pos !== data.length) return m`there are bytes after the end of the compressed data`;
  return out;
}
