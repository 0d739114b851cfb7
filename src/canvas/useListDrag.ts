/**
 * Dragging a partner from the list onto the map with pointer events (mouse, pen and finger alike; the
 * HTML drag-and-drop API does not fire for touch). A ghost follows the pointer through a style
 * transform, not React state, so a drag frame renders nothing; the store changes once, on drop.
 */
import { useCallback, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useSessionStore } from '../store/sessionStore';
import { movePartner } from '../store/partnerActions';
import { useDocumentStore } from '../store/documentStore';
import { ringOf } from '../domain/rings';
import { settleDrops } from './lazyDrop';
import { measuredSizeOf } from './mapFocus';
import type { MapNode } from './types';

const START_DISTANCE = 4;

export function useListDrag() {
  const flow = useReactFlow();
  const flowRef = useRef(flow);
  flowRef.current = flow;
  const flowStore = useStoreApi<MapNode>();

  return useCallback((event: React.PointerEvent<HTMLElement>, partnerId: string, label: string) => {
    if (event.button !== 0 || useDocumentStore.getState().readOnly) return;
    const handle = event.currentTarget;
    const startX = event.clientX;
    const startY = event.clientY;
    const pointerId = event.pointerId;
    let ghost: HTMLDivElement | null = null;
    handle.setPointerCapture(pointerId);

    const mapRect = () => document.querySelector('.goal-map-canvas')?.getBoundingClientRect();
    const overMap = (x: number, y: number) => {
      const r = mapRect();
      return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    };

    const move = (e: PointerEvent) => {
      if (e.pointerId !== pointerId) return;
      if (!ghost) {
        if (Math.hypot(e.clientX - startX, e.clientY - startY) < START_DISTANCE) return;
        ghost = document.createElement('div');
        ghost.className = 'drag-ghost';
        ghost.textContent = label; // text, never markup
        document.body.appendChild(ghost);
      }
      ghost.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
      const over = overMap(e.clientX, e.clientY);
      ghost.classList.toggle('is-over-map', over);
      useSessionStore
        .getState()
        .setDropRing(over ? ringOf(flowRef.current.screenToFlowPosition({ x: e.clientX, y: e.clientY })) : null);
    };
    const end = (e: PointerEvent) => {
      if (e.pointerId !== pointerId) return;
      cleanup();
      const session = useSessionStore.getState();
      session.setDropRing(null);
      if (!ghost) {
        session.select(partnerId);
        return;
      }
      ghost.remove();
      if (e.type === 'pointerup' && overMap(e.clientX, e.clientY)) {
        // On another partner it is nudged aside: the drop and the nudge are one undo step.
        const at = flowRef.current.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        settleDrops([{ id: partnerId, position: at }], useDocumentStore.getState().doc?.partners, measuredSizeOf(flowStore.getState().nodeLookup), ([settled]) => {
          movePartner(partnerId, settled!.position);
          useSessionStore.getState().select(partnerId);
        });
      }
    };
    const cleanup = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      if (handle.hasPointerCapture(pointerId)) handle.releasePointerCapture(pointerId);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  }, [flowStore]);
}
