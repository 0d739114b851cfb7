// @vitest-environment jsdom
/**
 * The side panels wait for React Flow's first measuring of the map (useMapMeasured): told once, when the
 * goal node has been measured, and after a second at the latest when nothing measures (no ResizeObserver,
 * as here in jsdom), so the panels never stay away.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import { useStoreApi, type InternalNode } from '@xyflow/react';
import { useMapMeasured } from '../../src/canvas/useMapMeasured';
import { GOAL_NODE_ID } from '../../src/canvas/buildNodes';
import { renderInFlow } from './helpers';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

let api: ReturnType<typeof useStoreApi> | null = null;
function Probe({ onMeasured }: { onMeasured: () => void }) {
  api = useStoreApi();
  useMapMeasured(onMeasured);
  return null;
}

/** What React Flow's measuring pass leaves in its store for the goal node. */
function measureGoal(handleBounds: InternalNode['internals']['handleBounds']) {
  const goal = { id: GOAL_NODE_ID, position: { x: 0, y: 0 }, data: {}, measured: { width: 200, height: 200 } };
  const node = { ...goal, internals: { positionAbsolute: { x: 0, y: 0 }, z: 0, userNode: goal, handleBounds } } as unknown as InternalNode;
  act(() => api!.setState({ nodeLookup: new Map([[GOAL_NODE_ID, node]]) }));
}

describe('useMapMeasured', () => {
  it('tells once, as soon as the goal node has been measured', () => {
    vi.useFakeTimers();
    const onMeasured = vi.fn();
    renderInFlow(<Probe onMeasured={onMeasured} />);
    measureGoal(undefined);
    expect(onMeasured).not.toHaveBeenCalled();
    measureGoal({ source: null, target: null });
    expect(onMeasured).toHaveBeenCalledTimes(1);
    // Measured again (a resize) or the fallback's time passing: not told again.
    measureGoal({ source: [], target: [] });
    act(() => vi.advanceTimersByTime(5_000));
    expect(onMeasured).toHaveBeenCalledTimes(1);
  });

  it('tells after a second when nothing measures the map', () => {
    vi.useFakeTimers();
    const onMeasured = vi.fn();
    renderInFlow(<Probe onMeasured={onMeasured} />);
    act(() => vi.advanceTimersByTime(900));
    expect(onMeasured).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(200));
    expect(onMeasured).toHaveBeenCalledTimes(1);
  });
});
