/**
 * A stand-in for CanvasRenderingContext2D that records what the renderer draws (jsdom has no canvas). Text
 * widths come from a simple model (a width per character, wider when bold), used for the layout and for
 * the recorded boxes alike, so a box says where the text would be with a font of those proportions.
 * Translate and scale are followed, so every recorded box is in image px.
 */

export interface DrawnText {
  text: string;
  /** Font size in image px. */
  size: number;
  /** The text's box in image px: from its ascent to its descent, as wide as measured. */
  box: { x: number; y: number; w: number; h: number };
}

export interface DrawnShape {
  kind: 'fillRect' | 'fill' | 'stroke';
  fillStyle: string;
}

/** A straight line stroked (moveTo, lineTo, stroke), in image px. */
export interface DrawnLine {
  from: { x: number; y: number };
  to: { x: number; y: number };
  strokeStyle: string;
  /** In image px. */
  lineWidth: number;
  dash: number[];
}

interface State {
  s: number;
  e: number;
  f: number;
  font: string;
  fillStyle: string;
  textAlign: CanvasTextAlign;
}

function fontSize(font: string): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(font);
  if (!m) throw new Error(`no size in font "${font}"`);
  return Number(m[1]);
}

export function modelWidth(text: string, font: string): number {
  const size = fontSize(font);
  const bold = /^(600|700)/.test(font);
  let w = 0;
  for (const ch of text) {
    const wide = /[A-Z0-9MW@%&]/.test(ch) || ch.codePointAt(0)! > 0x2000;
    w += size * (wide ? 0.68 : ch === ' ' ? 0.32 : 0.55) * (bold ? 1.08 : 1);
  }
  return w;
}

export class RecordingContext {
  readonly texts: DrawnText[] = [];
  readonly shapes: DrawnShape[] = [];
  readonly lines: DrawnLine[] = [];
  private path: { x: number; y: number }[] = [];
  private dash: number[] = [];
  lineCap: CanvasLineCap = 'butt';
  private state: State = { s: 1, e: 0, f: 0, font: '10px sans-serif', fillStyle: '#000000', textAlign: 'left' };
  private stack: State[] = [];
  strokeStyle = '#000000';
  lineWidth = 1;
  textBaseline: CanvasTextBaseline = 'alphabetic';

  get font() {
    return this.state.font;
  }
  set font(value: string) {
    this.state.font = value;
  }
  get fillStyle() {
    return this.state.fillStyle;
  }
  set fillStyle(value: string) {
    this.state.fillStyle = value;
  }
  get textAlign() {
    return this.state.textAlign;
  }
  set textAlign(value: CanvasTextAlign) {
    this.state.textAlign = value;
  }

  save() {
    this.stack.push({ ...this.state });
  }
  restore() {
    const top = this.stack.pop();
    if (top) this.state = top;
  }
  translate(x: number, y: number) {
    this.state.e += x * this.state.s;
    this.state.f += y * this.state.s;
  }
  scale(x: number, y: number) {
    if (x !== y) throw new Error('only uniform scaling is modelled');
    this.state.s *= x;
  }
  measureText(text: string) {
    return { width: modelWidth(text, this.state.font) } as TextMetrics;
  }
  fillText(text: string, x: number, y: number) {
    if (this.textBaseline !== 'alphabetic') throw new Error('only the alphabetic baseline is modelled');
    const size = fontSize(this.state.font);
    const w = modelWidth(text, this.state.font);
    const left = this.state.textAlign === 'center' ? x - w / 2 : this.state.textAlign === 'right' || this.state.textAlign === 'end' ? x - w : x;
    const { s, e, f } = this.state;
    this.texts.push({ text, size: size * s, box: { x: e + left * s, y: f + (y - size * 0.78) * s, w: w * s, h: size * 1.0 * s } });
  }
  fillRect() {
    this.shapes.push({ kind: 'fillRect', fillStyle: this.state.fillStyle });
  }
  fill() {
    this.shapes.push({ kind: 'fill', fillStyle: this.state.fillStyle });
  }
  stroke() {
    this.shapes.push({ kind: 'stroke', fillStyle: this.state.fillStyle });
    const { s } = this.state;
    if (this.path.length === 2) this.lines.push({ from: this.path[0]!, to: this.path[1]!, strokeStyle: this.strokeStyle, lineWidth: this.lineWidth * s, dash: this.dash.map((d) => d * s) });
  }
  beginPath() {
    this.path = [];
  }
  moveTo(x: number, y: number) {
    this.path = [this.at(x, y)];
  }
  lineTo(x: number, y: number) {
    this.path.push(this.at(x, y));
  }
  private at(x: number, y: number) {
    const { s, e, f } = this.state;
    return { x: e + x * s, y: f + y * s };
  }
  rect() {}
  roundRect() {}
  arc() {}
  clip() {}
  setLineDash(dash: number[]) {
    this.dash = [...dash];
  }

  /** As the renderer's parameter type. */
  asContext(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }
}
