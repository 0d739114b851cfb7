/**
 * Wires the arrow keys to the map (keyboardMove.ts, fetched with the drop handling once the map is up;
 * until then React Flow's own keys work on a selected node).
 */
import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Point } from '../domain/rings';
import type { KeyboardMover } from './keyboardMove';
import { loadDrop } from './lazyDrop';
import type { MapNode } from './types';

export function useKeyboardMove(setNodes: Dispatch<SetStateAction<MapNode[]>>) {
  const flow = useStoreApi<MapNode>();
  const held = useRef<Map<string, Point>>(new Map());
  const mover = useRef<KeyboardMover | null>(null);

  useEffect(() => {
    let gone = false;
    const timer = setTimeout(() => {
      void loadDrop().then((m) => {
        if (!gone) mover.current = m.createKeyboardMover({ setNodes, flow, held });
      });
    }, 300);
    return () => {
      gone = true;
      clearTimeout(timer);
      // A burst still open when the map goes away is kept, not lost.
      mover.current?.commit();
    };
  }, [setNodes, flow]);

  const onKeyDownCapture = useCallback((e: React.KeyboardEvent) => mover.current?.onKeyDown(e), []);
  const onBlurCapture = useCallback((e: React.FocusEvent) => mover.current?.onBlur(e), []);
  return { held, onKeyDownCapture, onBlurCapture };
}
