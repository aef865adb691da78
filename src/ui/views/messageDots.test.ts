import { describe, expect, it } from 'vitest';
import { packedRgb, paintSquare, withAlpha } from './messageDots.ts';

/** The RGBA bytes of a pixel word, as ImageData holds them. */
const bytes = (word: number) => [...new Uint8ClampedArray(new Uint32Array([word]).buffer)];

describe('message dots as pixels', () => {
  it('a colour becomes the RGBA bytes ImageData expects', () => {
    expect(bytes(withAlpha(packedRgb('#e07b39'), 1))).toEqual([0xe0, 0x7b, 0x39, 255]);
    expect(bytes(withAlpha(packedRgb('#2f5fc1'), 0.5))).toEqual([0x2f, 0x5f, 0xc1, 128]);
  });

  it('a square fills whole pixels and is clipped at the edges', () => {
    const img = { pixels: new Uint32Array(6 * 4), width: 6, height: 4 };
    paintSquare(img, 4.4, -1.2, 3, 7);
    const rows = [0, 1, 2, 3].map((r) => [...img.pixels.slice(r * 6, r * 6 + 6)]);
    expect(rows).toEqual([
      [0, 0, 0, 0, 7, 7],
      [0, 0, 0, 0, 7, 7],
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
  });
});
