/**
 * Hostile links never crash the reader (issue 6 §3): arbitrary text, arbitrary bytes behind the
 * prefix, well-packed but nonsensical contents, and truncations and bit flips of real links all give
 * either the exact state back or one clear problem. Valid states round-trip exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from './types';
import { listPresets } from './presets/index';
import type { Decoded, ShareState } from './url-codec';
import { LINK_PREFIX, decodeShareState, encodeShareState } from './url-codec';
import { crc32, toBase64Url, utf8Encode } from './url-codec-bytes';
import { lzCompress } from './url-codec-lz';
import { phraseText } from './phrase';

const presets = listPresets().map((p) => p.scenario);
const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u2028</title>'];

const event = (ids: number[]): fc.Arbitrary<ScenarioEvent> => {
  const at = fc.nat(200_000);
  const sid = fc.constantFrom(...ids);
  const text = fc.oneof(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), fc.constantFrom(...XSS));
  return fc.oneof(
    fc.record({ at, do: fc.constant('start' as const), server: sid }),
    fc.record({ at, do: fc.constant('stop' as const), server: sid, signal: fc.constantFrom('TERM' as const, 'KILL' as const) }),
    fc.record({ at, do: fc.constant('heal' as const) }),
    fc.record({ at, do: fc.constant('partition' as const), groups: fc.shuffledSubarray(ids, { minLength: 1 }).map((g) => [g]) }),
    fc.record({ at, do: fc.constant('client' as const), session: fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/), servers: fc.option(fc.uniqueArray(sid, { minLength: 1 }), { nil: null }), command: text.filter((s) => s.trim() !== '') }),
    fc.record({ at, do: fc.constant('snapshot' as const), label: text }),
    fc.record({ at, do: fc.constant('drop' as const), message: fc.integer({ min: 1, max: 1e6 }) }),
  );
};

const state: fc.Arbitrary<ShareState> = fc.constantFrom(...presets).chain((scenario) => {
  const ids = scenario.servers.map((s) => s.id);
  return fc.record({
    scenario: fc.oneof(fc.constant(scenario), fc.constantFrom(...XSS).map((title) => ({ ...scenario, title, titles: { en: title, 'zh-CN': `标题 ${title}` } }))),
    actions: fc.array(fc.record({ afterStep: fc.nat(100_000), event: event(ids) }), { maxLength: 12 }),
    branch: fc.nat(1000),
    step: fc.nat(1_000_000),
    t: fc.nat(86_400_000),
    panels: fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,12}$/), { maxLength: 6 }),
    lang: fc.constantFrom('en' as const, 'zh-CN' as const),
  });
});

/** A decode result is sound: the state itself, or a one-line problem in words. */
function sound(d: Decoded, original?: ShareState): void {
  if (d.ok) {
    if (original) expect(d.state).toEqual(original);
    return;
  }
  const problem = phraseText(d.problem);
  expect(problem).toMatch(/^the link[ ']/);
  expect(problem).not.toContain('\n');
}

/** Packs any JSON value exactly as a real link is packed, so the fuzz reaches the validation layer. */
function pack(doc: unknown): string {
  const json = utf8Encode(JSON.stringify(doc) ?? 'null');
  const packed = lzCompress(json);
  const payload = new Uint8Array(4 + packed.length);
  new DataView(payload.buffer).setUint32(0, crc32(json));
  payload.set(packed, 4);
  return LINK_PREFIX + toBase64Url(payload);
}

// Seeded, so a run is the same every time (a failure found by a new seed is a new test case).
// Compute-bound (10 500 cases): on a loaded machine a case set takes longer than vitest's default 5 s.
describe('share links under fuzzing (fast-check, 10 500 cases)', { timeout: 120_000 }, () => {
  it('valid states round-trip exactly (800 cases)', () => {
    fc.assert(fc.property(state, (s) => {
      const e = encodeShareState(s);
      expect(e.ok).toBe(true);
      if (!e.ok) return;
      expect(e.link).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
      sound(decodeShareState(`#${e.link}`), s);
      expect(decodeShareState(e.link)).toEqual({ ok: true, state: s });
    }), { numRuns: 800, seed: 11 });
  });

  it('arbitrary text, with and without the prefix, never throws (5 000 cases)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }).map((s) => LINK_PREFIX + s), fc.stringMatching(/^v2\.[A-Za-z0-9_-]{0,120}$/));
    fc.assert(fc.property(text, (s) => sound(decodeShareState(s))), { numRuns: 5000, seed: 11 });
  });

  it('arbitrary bytes behind the prefix never throw (2 500 cases)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => sound(decodeShareState(LINK_PREFIX + toBase64Url(b)))), { numRuns: 2500, seed: 11 });
  });

  it('well-packed but arbitrary contents get a clear problem (1 200 cases)', () => {
    const base = { s: presets[0], a: [], b: 0, k: 0, t: 0, p: [], l: 'en' };
    const doc = fc.oneof(
      fc.jsonValue(),
      fc.record({ key: fc.constantFrom('s', 'a', 'b', 'k', 't', 'p', 'l', 'x'), value: fc.jsonValue() }).map(({ key, value }) => ({ ...base, [key]: value })),
      fc.jsonValue().map((v) => ({ ...base, a: [[0, v]] })),
    );
    fc.assert(fc.property(doc, (d) => sound(decodeShareState(pack(d)))), { numRuns: 1200, seed: 11 });
  });

  it('truncations and bit flips of real links never throw, and never open a different state (1 000 cases)', () => {
    const damage = fc.record({ s: state, cut: fc.double({ min: 0, max: 1, noNaN: true }), bit: fc.nat(5), flip: fc.boolean() });
    fc.assert(fc.property(damage, ({ s, cut, bit, flip }) => {
      const e = encodeShareState(s);
      if (!e.ok) return;
      const i = Math.min(e.link.length - 1, 3 + Math.floor(cut * (e.link.length - 3)));
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const flipped = alphabet[alphabet.indexOf(e.link[i]) ^ (1 << bit)];
      const broken = flip ? e.link.slice(0, i) + flipped + e.link.slice(i + 1) : e.link.slice(0, i);
      sound(decodeShareState(broken), s);
    }), { numRuns: 1000, seed: 11 });
  });
});
