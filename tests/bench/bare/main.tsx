/**
 * The bench's baseline: bare React Flow with the same @xyflow/react as Arena, default nodes at the same N
 * positions (`?n=500`), controlled nodes with applyNodeChanges (React Flow's own pattern), no store, no
 * styling beyond React Flow's CSS. The viewport opens on the same bounds as Arena's map.
 */
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, applyNodeChanges, type Node, type NodeChange, type OnInit } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { mapBounds, spreadPositions } from '../positions';

const n = Number(new URLSearchParams(window.location.search).get('n') ?? '50');
const positions = spreadPositions(n);
const initialNodes: Node[] = positions.map((position, i) => ({ id: String(i), position, data: { label: `Partner ${i + 1}` } }));
const NODE_ORIGIN: [number, number] = [0.5, 0.5];

function Bare() {
  const [nodes, setNodes] = useState(initialNodes);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((prev) => applyNodeChanges(changes, prev)), []);
  const onInit: OnInit = useCallback((instance) => void instance.fitBounds(mapBounds(positions), { padding: 0.04 }), []);
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={nodes} onNodesChange={onNodesChange} nodeOrigin={NODE_ORIGIN} onInit={onInit} minZoom={0.1} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
