/**
 * How partner names stay readable when the map is zoomed out. A partner node is always 200 × 80 flow units;
 * below the zoom at which its name (19 px in the editor, 21 px when presenting) would render smaller than
 * MIN_PX, the map switches to a simpler node: the name alone, larger (FAR_LEVELS), over the node's colour.
 * The node keeps its box, so React Flow measures nothing anew. The level changes in steps, not with every
 * frame of a zoom, so 500 nodes restyle only when a step is crossed.
 */
export type LabelMode = 'edit' | 'present';

/** The name's CSS size in a full node (styles.css: .partner-node-name, and in presentation mode). */
export const NAME_PX: Record<LabelMode, number> = { edit: 19, present: 21 };
/** Never fit the map so that names render smaller than this (the numbers for a desk and a projector). */
export const MIN_PX: Record<LabelMode, number> = { edit: 12, present: 18 };
/** What a simplified node's name aims for on screen: a step above the minimum. */
const TARGET_PX: Record<LabelMode, number> = { edit: 13, present: 19 };

/** Name-only nodes: font size, line height (px) and how many lines fit the 76 px inside a node's border. */
export const FAR_LEVELS = [
  { font: 20, line: 22, lines: 3 },
  { font: 24, line: 26, lines: 2 },
  { font: 28, line: 31, lines: 2 },
  { font: 32, line: 34, lines: 2 },
] as const;

/** 0: full nodes; 1…FAR_LEVELS.length: the simplified node of FAR_LEVELS[level - 1]. */
export function labelLevel(zoom: number, mode: LabelMode): number {
  if (NAME_PX[mode] * zoom >= MIN_PX[mode]) return 0;
  for (let i = 0; i < FAR_LEVELS.length; i++) {
    const { font } = FAR_LEVELS[i]!;
    if (font > NAME_PX[mode] && font * zoom >= TARGET_PX[mode]) return i + 1;
  }
  return FAR_LEVELS.length;
}

/** The smallest zoom at which names still render at MIN_PX (in the largest simplified node). */
export function readableZoom(mode: LabelMode): number {
  return MIN_PX[mode] / FAR_LEVELS[FAR_LEVELS.length - 1]!.font;
}

/** The rendered size (px) of a name at `zoom`, whichever node shows it. */
export function renderedNamePx(zoom: number, mode: LabelMode): number {
  const level = labelLevel(zoom, mode);
  return (level ? FAR_LEVELS[level - 1]!.font : NAME_PX[mode]) * zoom;
}

/** Ring labels (flow px) grow with the level too, so they stay readable with the names. */
export const RING_LABEL_PX = [24, 26, 28, 30, 32] as const;

export function ringLabelPx(level: number): number {
  return RING_LABEL_PX[Math.max(0, Math.min(level, RING_LABEL_PX.length - 1))]!;
}
