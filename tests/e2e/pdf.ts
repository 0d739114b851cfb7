/**
 * Reading a PDF that Chromium printed, in Node: the text of each page with where each piece sits
 * (pdfjs-dist), and each page drawn to a PNG to look at (pdfjs-dist on @napi-rs/canvas, the Node canvas it
 * draws on; a devDependency of its own at the 0.1 line pdfjs-dist 5 asks for: its 1.x fails in pdfjs's fill).
 */
import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Points (1/72 inch) per millimetre. */
export const PT_PER_MM = 72 / 25.4;

export interface PdfText {
  str: string;
  /** Left edge and baseline from the page's bottom left, and the width and height, in points. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfText[];
  /** The page's text in reading order, pieces joined by spaces. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      items.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height });
    }
    pages.push({ width: viewport.width, height: viewport.height, items, text: items.map((i) => i.str).join(' ') });
  }
  await doc.destroy();
  return pages;
}

/** Draws every page at `scale` (1 = 72 dpi) to `<prefix>-<n>.png`; returns the paths. */
export async function renderPdf(bytes: Uint8Array, prefix: string, scale = 1.5): Promise<string[]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const paths: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
    const path = `${prefix}-${n}.png`;
    writeFileSync(path, canvas.toBuffer('image/png'));
    paths.push(path);
  }
  await doc.destroy();
  return paths;
}

/**
 * Text compared without its spacing (a PDF splits and joins the pieces of a line its own way) and its case
 * (a heading printed in capitals holds capitals).
 */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLocaleLowerCase();
}
