/**
 * Moving a partner with the arrow keys from wherever the keyboard focus is on it (Tab, not only a click):
 * each press moves the node on screen at once, in the map's own node state like a drag, and the store
 * hears of the whole burst once, as one undo step, when the keys pause, the focus leaves the node or
 * another key is pressed (so Ctrl+Z right after a burst undoes that burst). A selected node takes the
 * other selected ones along, as React Flow does.
 */
import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useEditorStore } from '../store/editorStore';
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

export function useKeyboardMove(setNodes: Dispatch<SetStateAction<MapNode[]>>) {
  const storeApi = useStoreApi<MapNode>();
  /** Where the keys have taken nodes since the last commit. */
  const held = useRef<Map<string, Point>>(new Map());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const commit = useCallback(() => {
    clearTimeout(timer.current);
    if (!held.current.size) return;
    const moves = [...held.current].map(([id, position]) => ({ id, position }));
    held.current = new Map();
    const store = useEditorStore.getState();
    store.setDropRing(null);
    store.movePartners(moves);
  }, []);

  // A burst still open when the map goes away is kept, not lost.
  useEffect(() => commit, [commit]);

  const onKeyDownCapture = useCallback(
    (e: React.KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const arrow = ARROWS[e.key];
      const state = useEditorStore.getState();
      const onNode = target.classList.contains('react-flow__node-partner');
      if (!arrow || !onNode || state.readOnly || state.presenting || e.altKey || e.ctrlKey || e.metaKey) {
        if (!MODIFIERS.has(e.key)) commit();
        return;
      }
      // Ours, not React Flow's (which moves only selected nodes, one undo step a press) nor a shortcut's.
      e.preventDefault();
      e.stopPropagation();
      const id = target.dataset.id ?? '';
      const { nodeLookup, ariaLabelConfig } = storeApi.getState();
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
      state.setDropRing(ringOf(at));
      storeApi.setState({ ariaLiveMessage: ariaLabelConfig['node.a11yDescription.ariaLiveMessage']({ direction: arrow.direction, x: at.x, y: at.y }) });
      clearTimeout(timer.current);
      timer.current = setTimeout(commit, BURST_PAUSE_MS);
    },
    [commit, setNodes, storeApi],
  );

  const onBlurCapture = useCallback(
    (e: React.FocusEvent) => {
      if ((e.target as HTMLElement).classList.contains('react-flow__node-partner')) commit();
    },
    [commit],
  );

  return { held, onKeyDownCapture, onBlurCapture };
}
