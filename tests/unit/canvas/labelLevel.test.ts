import { describe, expect, it } from 'vitest';
import { FAR_LEVELS, labelLevel, MIN_PX, NAME_PX, readableZoom, renderedNamePx, RING_LABEL_PX } from '../../../src/canvas/labelLevel';

describe('labelLevel', () => {
  it('shows full nodes while their names render at the minimum or more', () => {
    expect(labelLevel(1, 'edit')).toBe(0);
    expect(labelLevel(MIN_PX.edit / NAME_PX.edit, 'edit')).toBe(0);
    expect(labelLevel(MIN_PX.edit / NAME_PX.edit - 0.01, 'edit')).toBeGreaterThan(0);
    expect(labelLevel(MIN_PX.present / NAME_PX.present, 'present')).toBe(0);
    expect(labelLevel(MIN_PX.present / NAME_PX.present - 0.01, 'present')).toBeGreaterThan(0);
  });

  it('never lets a name render under the minimum from the full node down to the readable zoom', () => {
    for (const mode of ['edit', 'present'] as const) {
      for (let zoom = 2.5; zoom >= readableZoom(mode); zoom -= 0.005) expect(renderedNamePx(zoom, mode), `${mode} at ${zoom}`).toBeGreaterThanOrEqual(MIN_PX[mode] - 1e-9);
    }
  });

  it('changes level in a handful of steps, growing as the zoom falls', () => {
    const levels: number[] = [];
    for (let zoom = 1; zoom >= 0.2; zoom -= 0.01) levels.push(labelLevel(zoom, 'edit'));
    expect(new Set(levels).size).toBeLessThanOrEqual(FAR_LEVELS.length + 1);
    expect(levels.every((l, i) => i === 0 || l >= levels[i - 1]!)).toBe(true);
  });

  it('uses only simplified names larger than the full one (presentation skips the smallest)', () => {
    for (let zoom = 1; zoom >= 0.3; zoom -= 0.01) {
      const level = labelLevel(zoom, 'present');
      if (level) expect(FAR_LEVELS[level - 1]!.font).toBeGreaterThan(NAME_PX.present);
    }
  });

  it('fits every simplified name inside the node: its lines within the 76 px inside the border, less padding', () => {
    for (const { line, lines } of FAR_LEVELS) expect(line * lines).toBeLessThanOrEqual(76 - 6);
    expect(RING_LABEL_PX).toHaveLength(FAR_LEVELS.length + 1);
  });
});
