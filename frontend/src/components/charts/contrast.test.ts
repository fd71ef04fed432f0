import { describe, expect, it } from 'vitest';
import { INK, PALETTE } from './Chart';

/** WCAG 2.x relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, from 1 (same colour) to 21 (black on white). */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE = '#ffffff';

describe('chart colours (RGAA 3.3)', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast('#777777', WHITE)).toBeCloseTo(4.48, 2);
    // The DSFR "moutarde" the palette used to take, below 3:1: the check would have caught it.
    expect(contrast('#c3992a', WHITE)).toBeLessThan(3);
  });

  it.each(PALETTE)('draws series in %s, at least 3:1 against the white background', (colour) => {
    expect(contrast(colour, WHITE)).toBeGreaterThanOrEqual(3);
  });

  it('writes texts at 4.5:1 and draws axes and the reference line at 3:1 at least', () => {
    expect(contrast(INK.text, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(INK.axis, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrast(INK.reference, WHITE)).toBeGreaterThanOrEqual(3);
  });

  it('gives every palette colour its own place, so no two series share one', () => {
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
  });
});
