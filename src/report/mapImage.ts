/**
 * The report's map: the same drawing as the exported image's map-only variant (renderMap.ts), at twice
 * the size it is printed at, so it stays crisp on paper (the A4 page's width holds about 800 of its 1×
 * pixels: 2× gives some 450 dots per inch).
 */
import { drawArena, layoutFor } from '../export/renderMap';
import type { ReportInput } from './sections';

export const MAP_SCALE = 2;

export interface MapImage {
  blob: Blob;
  /** Size at 1×, the size the page lays it out at. */
  width: number;
  height: number;
}

export async function mapImage({ arena, findings, t, date, language }: ReportInput): Promise<MapImage> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the map.');
  const input = { arena, findings, t, date, locale: language, mapOnly: true };
  const page = layoutFor(ctx, input);
  canvas.width = Math.ceil(page.width * MAP_SCALE);
  canvas.height = Math.ceil(page.height * MAP_SCALE);
  // Resizing a canvas resets its context, so the scale is set after.
  ctx.scale(MAP_SCALE, MAP_SCALE);
  drawArena(ctx, input, page);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The map could not be drawn.'))), 'image/png'),
  );
  return { blob, width: Math.ceil(page.width), height: Math.ceil(page.height) };
}
