import { lazy, Suspense } from 'react';
import type { EdgeProps, EdgeTypes } from '@xyflow/react';
import type { TieFlowEdge } from './types';

/** The ties' drawing, toggle and legend (TiesOnMap.tsx with its styles): one chunk, outside the first load. */
export const loadTiesOnMap = () => import('./TiesOnMap');

const TieEdge = lazy(() => loadTiesOnMap().then((m) => ({ default: m.TieEdge })));

function LazyTieEdge(props: EdgeProps<TieFlowEdge>) {
  return (
    <Suspense fallback={null}>
      <TieEdge {...props} />
    </Suspense>
  );
}

/** At module scope: a new object per render would make React Flow remount every edge. */
export const edgeTypes: EdgeTypes = { tie: LazyTieEdge };

export const TiesToggle = lazy(() => loadTiesOnMap().then((m) => ({ default: m.TiesToggle })));
export const TiesLegend = lazy(() => loadTiesOnMap().then((m) => ({ default: m.TiesLegend })));
