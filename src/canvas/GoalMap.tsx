import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  ReactFlow,
  Background,
  Controls,
  applyNodeChanges,
  type NodeChange,
  type OnNodeDrag,
  type OnInit,
} from '@xyflow/react';
import { useEditorStore } from '../store/editorStore';
import { contentBounds, ringOf, RING_OUTER, OUTSIDE_BAND, type Point } from '../domain/rings';
import { useT } from '../i18n/useT';
import { nodeTypes } from './nodeTypes';
import { syncNodes } from './buildNodes';
import type { MapNode } from './types';
import { Legend } from './Legend';

const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const EXTENT = RING_OUTER.context + OUTSIDE_BAND + 200;
const PRO_OPTIONS = { hideAttribution: true };

/**
 * The goal map. React Flow owns the node objects while a drag is under way (positions change every
 * frame there, never in the store); the store hears of it once, at drag end, as one undo step.
 */
export function GoalMap() {
  const t = useT();
  const partners = useEditorStore((s) => s.doc?.partners);
  const goal = useEditorStore((s) => s.doc?.goal ?? '');
  const selectedId = useEditorStore((s) => s.selectedId);
  const highlightedList = useEditorStore((s) => s.highlighted);
  const readOnly = useEditorStore((s) => s.readOnly);
  const highlighted = useMemo(() => new Set(highlightedList), [highlightedList]);
  const [nodes, setNodes] = useState<MapNode[]>(() => syncNodes([], partners, goal, selectedId, highlighted));

  useEffect(() => {
    setNodes((prev) => syncNodes(prev, partners, goal, selectedId, highlighted));
  }, [partners, goal, selectedId, highlighted]);

  const onNodesChange = useCallback((changes: NodeChange<MapNode>[]) => {
    const store = useEditorStore.getState();
    for (const change of changes) {
      if (change.type === 'select' && change.selected) store.select(change.id);
    }
    setNodes((prev) => applyNodeChanges(changes, prev));
  }, []);

  const onNodeDrag: OnNodeDrag<MapNode> = useCallback((_, node) => {
    useEditorStore.getState().setDropRing(ringOf(node.position));
  }, []);

  const onNodeDragStop: OnNodeDrag<MapNode> = useCallback((_, _node, dragged) => {
    const store = useEditorStore.getState();
    store.setDropRing(null);
    for (const node of dragged) if (node.type === 'partner') store.movePartner(node.id, node.position);
  }, []);

  // Open on what matters: the goal, the core and every placed partner, as large as the screen allows.
  const onInit: OnInit<MapNode> = useCallback((instance) => {
    const placed = Object.values(useEditorStore.getState().doc?.partners ?? {})
      .map((p) => p.position)
      .filter((p): p is Point => p !== null);
    void instance.fitBounds(contentBounds(placed), { padding: 0.04 });
  }, []);

  const onPaneClick = useCallback(() => useEditorStore.getState().select(null), []);

  return (
    <div className="goal-map" aria-label={t('map.title')} role="region">
      <ReactFlow<MapNode>
        nodes={nodes}
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
      >
        <Background gap={40} size={1} />
        <Controls showInteractive={false} />
        <Legend />
      </ReactFlow>
    </div>
  );
}
