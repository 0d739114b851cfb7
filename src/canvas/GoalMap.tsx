import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ReactFlow,
  Background,
  Controls,
  Panel,
  applyNodeChanges,
  type NodeChange,
  type OnNodeDrag,
  type OnInit,
  useReactFlow,
} from '@xyflow/react';
import { useEditorStore } from '../store/editorStore';
import { contentBounds, ringOf, RING_OUTER, OUTSIDE_BAND, type Point } from '../domain/rings';
import { useT } from '../i18n/useT';
import { nodeTypes } from './nodeTypes';
import { syncNodes } from './buildNodes';
import type { MapNode } from './types';
import { Legend } from './Legend';
import { NodeLabelsContext } from './nodeLabels';
import { useMapMeasured } from './useMapMeasured';

const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const RING_INDEX = { core: 1, complementary: 2, context: 3, outside: 4 } as const;

function placedPositions(): Point[] {
  return Object.values(useEditorStore.getState().doc?.partners ?? {})
    .map((p) => p.position)
    .filter((p): p is Point => p !== null);
}

const EXTENT = RING_OUTER.context + OUTSIDE_BAND + 200;
const PRO_OPTIONS = { hideAttribution: true };

/**
 * The goal map. React Flow owns the node objects while a drag is under way (positions change every
 * frame there, never in the store); the store hears of it once, at drag end, as one undo step.
 */
export function GoalMap({ onMeasured }: { onMeasured: () => void }) {
  const t = useT();
  useMapMeasured(onMeasured);
  const partners = useEditorStore((s) => s.doc?.partners);
  const goal = useEditorStore((s) => s.doc?.goal ?? '');
  const selectionList = useEditorStore((s) => s.selection);
  const selection = useMemo(() => new Set(selectionList), [selectionList]);
  const highlightedList = useEditorStore((s) => s.highlighted);
  const readOnly = useEditorStore((s) => s.readOnly);
  const presenting = useEditorStore((s) => s.presenting);
  const presentStep = useEditorStore((s) => s.presentStep);
  const theme = useEditorStore((s) => s.theme);
  const tags = useEditorStore((s) => s.doc?.tags);
  const labels = useMemo(() => ({ t, tags: tags ?? {} }), [t, tags]);
  const ariaLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('map.aria.node'),
      'node.a11yDescription.keyboardDisabled': t('map.aria.nodeKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('map.aria.moved', { direction, x: Math.round(x), y: Math.round(y) }),
      'controls.ariaLabel': t('map.aria.controls'),
      'controls.zoomIn.ariaLabel': t('map.aria.zoomIn'),
      'controls.zoomOut.ariaLabel': t('map.aria.zoomOut'),
      'controls.fitView.ariaLabel': t('map.aria.fitView'),
      'controls.interactive.ariaLabel': t('map.aria.interactive'),
    }),
    [t],
  );
  const highlighted = useMemo(() => new Set(highlightedList), [highlightedList]);
  const [nodes, setNodes] = useState<MapNode[]>(() => syncNodes([], partners, goal, selection, highlighted));

  useEffect(() => {
    setNodes((prev) => syncNodes(prev, partners, goal, selection, highlighted));
  }, [partners, goal, selection, highlighted]);

  // Presentation builds the picture ring by ring: step 1 shows the core, 2 adds complementary, 3 context.
  // Filtered to one action, the map shows only the partners involved in it.
  const actionFilter = useEditorStore((s) => (s.actionFilter ? s.doc?.actions[s.actionFilter] : undefined));
  const shown = useMemo(() => {
    let out = nodes;
    if (actionFilter) out = out.filter((n) => n.type !== 'partner' || n.id in actionFilter.involvement);
    if (presenting && presentStep > 0)
      out = out.filter((n) => n.type !== 'partner' || RING_INDEX[ringOf(n.data.partner.position ?? { x: 0, y: 0 })] <= presentStep);
    return out;
  }, [nodes, presenting, presentStep, actionFilter]);

  const flow = useReactFlow<MapNode>();
  const container = useRef<HTMLDivElement>(null);
  // When the map area changes size (presentation mode, full screen, a resized window) the map is
  // fitted again, so the picture stays whole and centred.
  useEffect(() => {
    const el = container.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // The size comes from the observer's entries, never from clientWidth here: reading layout while the
    // first render's 500 nodes are still unlaid forced a whole-page layout (37 ms at 500 partners).
    // The observer reports the starting size once after layout; onInit has fitted the map by then.
    let last: { w: number; h: number } | null = null;
    let frame = 0;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      const now = { w: box.width, h: box.height };
      if (!last) {
        last = now;
        return;
      }
      if (Math.abs(now.w - last.w) < 40 && Math.abs(now.h - last.h) < 40) return;
      last = now;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void flow.fitBounds(contentBounds(placedPositions()), { padding: 0.04 }));
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [flow]);

  const onNodesChange = useCallback((changes: NodeChange<MapNode>[]) => {
    const store = useEditorStore.getState();
    // A finished move (the end of a drag, or an arrow-key press on a focused node) reaches the store
    // as one undo step for all nodes it moved.
    const moves: { id: string; position: Point }[] = [];
    for (const change of changes) {
      if (change.type === 'select' && change.selected) store.select(change.id);
      if (change.type === 'position' && change.position && change.dragging === false) moves.push({ id: change.id, position: change.position });
    }
    setNodes((prev) => applyNodeChanges(changes, prev));
    if (moves.length && !store.readOnly) store.movePartners(moves);
  }, []);

  const onNodeDrag: OnNodeDrag<MapNode> = useCallback((_, node) => {
    useEditorStore.getState().setDropRing(ringOf(node.position));
  }, []);

  const onNodeDragStop: OnNodeDrag<MapNode> = useCallback(() => {
    useEditorStore.getState().setDropRing(null);
  }, []);

  // Open on what matters: the goal, the core and every placed partner, as large as the screen allows.
  const onInit: OnInit<MapNode> = useCallback((instance) => {
    void instance.fitBounds(contentBounds(placedPositions()), { padding: 0.04 });
  }, []);

  const onPaneClick = useCallback(() => useEditorStore.getState().select(null), []);

  return (
    <div className="goal-map" aria-label={t('map.title')} role="region" ref={container}>
      <NodeLabelsContext.Provider value={labels}>
      <ReactFlow<MapNode>
        nodes={shown}
        onNodesChange={onNodesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={onPaneClick}
        nodeTypes={nodeTypes}
        nodeOrigin={NODE_ORIGIN}
        translateExtent={[
          [-EXTENT * 1.5, -EXTENT * 1.5],
          [EXTENT * 1.5, EXTENT * 1.5],
        ]}
        onInit={onInit}
        minZoom={0.1}
        maxZoom={2.5}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        proOptions={PRO_OPTIONS}
        nodesConnectable={false}
        nodesDraggable={!readOnly}
        colorMode={theme}
        ariaLabelConfig={ariaLabels}
      >
        <Background gap={40} size={1} />
        <Controls showInteractive={false} />
        <Legend />
        {actionFilter && (
          <Panel position="top-center" className="map-filter" role="status">
            <span>{t('actions.filtered', { title: actionFilter.title })}</span>
            <button type="button" className="button small" onClick={() => useEditorStore.getState().setActionFilter(null)}>
              {t('actions.showAll')}
            </button>
          </Panel>
        )}
      </ReactFlow>
      </NodeLabelsContext.Provider>
    </div>
  );
}
