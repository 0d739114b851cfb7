/**
 * Moving a partner with the arrow keys from wherever the keyboard focus is on it (Tab, not only a click):
 * each press moves the node on screen at once, in the map's own node state like a drag, and the store
 * hears of the whole burst once, as one undo step, when the keys pause, the focus leaves the node or
 * another key is pressed (so Ctrl+Z right after a burst undoes that burst). A selected node takes the
 * other selected ones along, as React Flow does. Loaded with the drop handling (lazyDrop.ts).
 */
import type { Dispatch, SetStateAction } from 'react';
import type { ReactFlowState } from '@xyflow/react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { movePartners } from '../store/partnerActions';
import { ringOf, type Point } from '../domain/rings';
import type { MapNode } from './types';

const ARROWS: Record<string, { dx: number; dy: number; direction: string }> = {
  ArrowUp: { dx: 0, dy: -1, direction: 'up' },
  ArrowDown: { dx: 0, dy: 1, direction: 'down' },
  ArrowLeft: { dx: -1, dy: 0, direction: 'left' },
  ArrowRight: { dx: 1, dy: 0, direction: 'right' },
};
/** Flow units per press; with Shift, a larger step (a band is 120). */
export const KEY_STEP = 10;
export const KEY_STEP_LARGE = 50;
/** A pause this long ends a burst of presses: one undo step. */
export const BURST_PAUSE_MS = 500;
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

const round = (n: number) => Math.round(n * 100) / 100;

export interface KeyboardMover {
  onKeyDown(e: React.KeyboardEvent): void;
  onBlur(e: React.FocusEvent): void;
  /** Hands an open burst to the store now. */
  commit(): void;
}

export function createKeyboardMover(deps: {
  setNodes: Dispatch<SetStateAction<MapNode[]>>;
  flow: { getState(): ReactFlowState<MapNode>; setState(partial: Partial<ReactFlowState<MapNode>>): void };
  /** Where the keys have taken nodes since the last commit; the map keeps them there when it rebuilds nodes. */
  held: { current: Map<string, Point> };
}): KeyboardMover {
  const { setNodes, flow, held } = deps;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const commit = () => {
    clearTimeout(timer);
    if (!held.current.size) return;
    const moves = [...held.current].map(([id, position]) => ({ id, position }));
    held.current = new Map();
    useSessionStore.getState().setDropRing(null);
    movePartners(moves);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const arrow = ARROWS[e.key];
    const session = useSessionStore.getState();
    const onNode = target.classList.contains('react-flow__node-partner');
    if (!arrow || !onNode || useDocumentStore.getState().readOnly || session.presenting || e.altKey || e.ctrlKey || e.metaKey) {
      if (!MODIFIERS.has(e.key)) commit();
      return;
    }
    // Ours, not React Flow's (which moves only selected nodes, one undo step a press) nor a shortcut's.
    e.preventDefault();
    e.stopPropagation();
    const id = target.dataset.id ?? '';
    const { nodeLookup, ariaLabelConfig } = flow.getState();
    const focused = nodeLookup.get(id);
    if (!focused) return;
    const ids = focused.selected ? [...nodeLookup.values()].filter((n) => n.selected && n.type === 'partner').map((n) => n.id) : [id];
    const step = e.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    for (const nid of ids) {
      const from = held.current.get(nid) ?? nodeLookup.get(nid)?.position;
      if (from) held.current.set(nid, { x: round(from.x + arrow.dx * step), y: round(from.y + arrow.dy * step) });
    }
    const now = new Map(held.current);
    setNodes((prev) => prev.map((n) => (now.has(n.id) ? { ...n, position: now.get(n.id)! } : n)));
    const at = now.get(id)!;
    session.setDropRing(ringOf(at));
    flow.setState({ ariaLiveMessage: ariaLabelConfig['node.a11yDescription.ariaLiveMessage']({ direction: arrow.direction, x: at.x, y: at.y }) });
    clearTimeout(timer);
    timer = setTimeout(commit, BURST_PAUSE_MS);
  };

  const onBlur = (e: React.FocusEvent) => {
    if ((e.target as HTMLElement).classList.contains('react-flow__node-partner')) commit();
  };

  return { onKeyDown, onBlur, commit };
}
