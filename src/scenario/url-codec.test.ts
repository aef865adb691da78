/**
 * Share links, case by case: sizes, versions and each kind of damage gets its own message.
 */
import { describe, expect, it } from 'vitest';
import { presetScenario } from './presets/index';
import type { ShareState } from './url-codec';
import { MAX_LINK_CHARS, decodeShareState, encodeShareState } from './url-codec';
import { crc32, fromBase64Url, toBase64Url, utf8Decode, utf8Encode } from './url-codec-bytes';
import { lzCompress, lzDecompress } from './url-codec-lz';
import { phraseText, type Phrase } from './phrase';

/** A decode result with its problem as the English line the CLI would print. */
const decodedText = (fragment: unknown) => {
  const d = decodeShareState(fragment);
  return d.ok ? d : { ...d, problem: phraseText(d.problem) };
};

// Links of library presets leave the tour out (the app re-attaches it from the library: worker/library.ts).
const moment = (id: Parameters<typeof presetScenario>[0]): ShareState => ({
  scenario: { ...presetScenario(id), tour: undefined },
  actions: [{ afterStep: 120, event: { at: 5200, do: 'stop', server: 2, signal: 'KILL' } }, { afterStep: 300, event: { at: 9000, do: 'client', session: 'me', servers: null, command: 'ls /' } }],
  branch: 1, step: 340, t: 9000.5, panels: ['log', 'tally', 'spacetime'], lang: 'zh-CN',
});

const link = (s: ShareState): string => {
  const e = encodeShareState(s);
  if (!e.ok) throw new Error(phraseText(e.problem));
  return e.link;
};

describe('share link format v2', () => {
  it('a preset moment with two actions round-trips, and a preset link stays under 3000 characters', () => {
    const s = moment('leader-crash');
    const l = link(s);
    expect(l.startsWith('v2.')).toBe(true);
    expect(decodedText(`#${l}`)).toEqual({ ok: true, state: s });
    // Measured: presets with their bilingual texts give 1.6–2.5k characters (Chinese compresses poorly
    // without an entropy coder); without the texts 480–900.
    const sizes = (['fresh-start-3', 'leader-crash', 'lock-recipe'] as const).map((id) => link(moment(id)).length);
    for (const n of sizes) expect(n).toBeLessThan(3000);
    const bare = { ...moment('fresh-start-3'), scenario: { ...presetScenario('fresh-start-3'), titles: undefined, explain: undefined, question: undefined, tour: undefined } };
    expect(link(JSON.parse(JSON.stringify(bare))).length).toBeLessThan(700);
  });

  it('each kind of damage has its own message', () => {
    const l = link(moment('fresh-start-3'));
    expect(decodedText(42)).toEqual({ ok: false, problem: 'the link is not text' });
    expect(decodedText('#hello')).toEqual({ ok: false, problem: 'the link is not a zkscope link (it should start with "v2.")' });
    expect(decodedText('v1.abc')).toMatchObject({ problem: 'the link uses the older v1 format, which this reader does not open' });
    expect(decodedText('v2.ab$c')).toMatchObject({ problem: expect.stringContaining('characters a zkscope link never has') });
    expect(decodedText(l.slice(0, -7))).toMatchObject({ ok: false });
    const flipped = l.slice(0, 40) + (l[40] === 'A' ? 'B' : 'A') + l.slice(41);
    expect(decodedText(flipped)).toMatchObject({ ok: false, problem: expect.stringMatching(/^the link is damaged/) });
    expect(decodedText(`v2.${'A'.repeat(MAX_LINK_CHARS)}`)).toMatchObject({ problem: expect.stringContaining('more than the 64000 allowed') });
  });

  it('a link that would exceed the size limit is refused with a clear message', () => {
    const noise = Array.from({ length: 6000 }, (_, i) => ({ at: i, do: 'snapshot' as const, label: `${(i * 2654435761) % 1000003}-${i}` }));
    const big = { ...moment('fresh-start-3'), actions: noise.map((event, i) => ({ afterStep: i, event })) };
    const e = encodeShareState(big);
    expect(e.ok).toBe(false);
    if (!e.ok) expect(phraseText(e.problem)).toMatch(/^the link would be \d+ characters, more than the 64000 a link may have; save the run as a file instead$/);
  });

  it('an invalid moment inside a well-formed link names the field', () => {
    const s = { ...moment('fresh-start-3'), lang: 'fr' } as unknown as ShareState;
    expect(decodedText(link(s))).toEqual({ ok: false, problem: 'the link is invalid: language: is "fr"; allowed: "en" or "zh-CN"' });
    const t = { ...moment('fresh-start-3'), actions: [{ afterStep: 0, event: { at: 1, do: 'start', server: 9 } }] } as unknown as ShareState;
    expect(decodedText(link(t))).toMatchObject({ problem: expect.stringContaining('actions[0].server: 9 is not a server of this scenario') });
  });
});

describe('link bytes', () => {
  it('LZ77 round-trips and refuses bombs and back-references before the start', () => {
    const text = utf8Encode('{"at":0,"do":"start","server":1},'.repeat(50));
    const packed = lzCompress(text);
    expect(packed.length).toBeLessThan(text.length / 10);
    expect(lzDecompress(packed, 1e6)).toEqual(text);
    expect(phraseText(lzDecompress(Uint8Array.from([0xff, 0xff, 0xff, 0x7f]), 1000) as Phrase)).toMatch(/more than the 1000 allowed/);
    expect(phraseText(lzDecompress(Uint8Array.from([10, 1, 5]), 1000) as Phrase)).toBe('a back-reference points before the start');
  });

  it('UTF-8 round-trips Chinese and astral text, and strict decoding refuses overlong and truncated forms', () => {
    const s = '选举 逻辑时钟 😀 <b>';
    expect(utf8Decode(utf8Encode(s))).toBe(s);
    expect(utf8Decode(Uint8Array.from([0xc0, 0x80]))).toBeNull();
    expect(utf8Decode(Uint8Array.from([0xe4, 0xb8]))).toBeNull();
    expect(utf8Decode(Uint8Array.from([0xed, 0xa0, 0x80]))).toBeNull();
  });

  it('base64url is canonical, and CRC-32 is zlib\'s', () => {
    const b = Uint8Array.from([0, 1, 2, 250, 251, 252, 253]);
    expect(fromBase64Url(toBase64Url(b))).toEqual(b);
    expect(fromBase64Url('AB')).toBeNull();
    expect(fromBase64Url('A')).toBeNull();
    expect(crc32(utf8Encode('123456789'))).toBe(0xcbf43926);
  });
});
