import { useEffect, useRef } from 'react';
import { useStore } from '@xyflow/react';
import { GOAL_NODE_ID } from './buildNodes';

/** Panels wait at most this long for the map (no ResizeObserver, a map not laid out): never for ever. */
const LONGEST_WAIT_MS = 1000;

/**
 * Calls `onMeasured` once, when React Flow has measured the map's first nodes (or after LONGEST_WAIT_MS).
 * React Flow measures every node of the first render in one ResizeObserver pass, so the goal node having
 * its handle bounds means that pass is done: the map is on screen and settled. Reading one node keeps the
 * selector O(1) on every store change (useNodesInitialized walks all nodes).
 */
export function useMapMeasured(onMeasured: () => void): void {
  const measured = useStore((s) => s.nodeLookup.get(GOAL_NODE_ID)?.internals.handleBounds !== undefined);
  const done = useRef(false);
  useEffect(() => {
    const fire = () => {
      if (done.current) return;
      done.current = true;
      onMeasured();
    };
    if (measured) return fire();
    const timer = setTimeout(fire, LONGEST_WAIT_MS);
    return () => clearTimeout(timer);
  }, [measured, onMeasured]);
}
