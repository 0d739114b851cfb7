import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ReactFlow,
  Background,
  Controls,
  ControlButton,
  Panel,
  applyNodeChanges,
  ConnectionMode,
  type NodeChange,
  type OnConnectEnd,
  type OnNodeDrag,
  type OnInit,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { movePartners } from '../store/partnerActions';
import { usePreferencesStore } from '../store/preferencesStore';
import { ringOf, RING_OUTER, OUTSIDE_BAND, type Point } from '../domain/rings';
import { viewportFor, type Insets, type Rect, type Viewport } from '../domain/mapLayout';
import { useT } from '../i18n/useT';
import { nodeTypes } from './nodeTypes';
import { syncNodes } from './buildNodes';
import { publishDrag, usePresenceStore } from '../store/presenceStore';
import type { MapNode } from './types';
import { Legend } from './Legend';
import { NodeLabelsContext } from './nodeLabels';
import { useMapMeasured } from './useMapMeasured';
import { labelLevel, readableZoom, ringLabelPx, type LabelMode } from './labelLevel';
import { mapFocus, measuredSizeOf, partnerBoxes, ringLabels, ringTexts } from './mapFocus';
import { settleDrops } from './lazyDrop';
import { useSettleArrivals } from './useSettleArrivals';
import { setFitHandler } from './fitRequest';
import { setTidyHandler, tidyMap } from './tidyRequest';
import { partnersInOrder } from '../domain/arena';
import { useKeyboardMove } from './useKeyboardMove';
import { dragEnded, dragStarted } from '../store/heldWhileDragging';
import { edgeTypes, loadTiesOnMap, TiesToggle } from './edgeTypes';
import { NO_EDGES, tieEdges } from './tieEdges';
import { useTiesView } from './tiesView';

const NODE_ORIGIN: [number, number] = [0.5, 0.5];
/** A tie drawn by dragging from a partner's handle (TiesOnMap.tsx, fetched with the map). */
const onConnectEnd: OnConnectEnd = (event, state) => void loadTiesOnMap().then((m) => m.connectEnd(event, state));
const RING_INDEX = { core: 1, complementary: 2, context: 3, outside: 4 } as const;

const EXTENT = RING_OUTER.context + OUTSIDE_BAND + 200;
const PRO_OPTIONS = { hideAttribution: true };
/** Screen px kept clear round the fitted map. */
const FIT_MARGIN = 16;
/** How far a fit may zoom in: a small arena is shown large, not enormous. */
const MAX_FIT_ZOOM: Record<LabelMode, number> = { edit: 1.25, present: 1.6 };
/** A presentation step glides to its rings, so the room sees where they are. */
const STEP_MS = 450;

/**
 * Screen px of the map to keep free: a margin, and in presentation mode the warnings overlay on its side,
 * or the action filter banner at its top. Read from the page only when one of them can be there, so opening
 * an arena never forces a layout.
 */
function overlayInsets(canvas: HTMLElement | null, overlays: boolean): Insets {
  const insets = { top: FIT_MARGIN, right: FIT_MARGIN, bottom: FIT_MARGIN, left: FIT_MARGIN };
  if (!canvas || !overlays) return insets;
  const c = canvas.getBoundingClientRect();
  const warnings = document.querySelector('.present-warnings')?.getBoundingClientRect();
  if (warnings && warnings.left < c.right && warnings.right > c.left) insets.right = Math.max(insets.right, c.right - warnings.left + FIT_MARGIN);
  const banner = canvas.querySelector('.map-filter')?.getBoundingClientRect();
  if (banner) insets.top = Math.max(insets.top, banner.bottom - c.top + FIT_MARGIN);
  return insets;
}

/**
 * The goal map. React Flow owns the node objects while a drag is under way (positions change every
 * frame there, never in the store); the store hears of it once, at drag end, as one undo step.
 */
/** `editable` false: the map is looked at and zoomed, never changed here (a workshop participant's phone). */
export function GoalMap({ onMeasured, editable = true }: { onMeasured: () => void; editable?: boolean }) {
  const t = useT();
  useMapMeasured(onMeasured);
  const partners = useDocumentStore((s) => s.doc?.partners);
  const goal = useDocumentStore((s) => s.doc?.goal ?? '');
  const selectionList = useSessionStore((s) => s.selection);
  const selection = useMemo(() => new Set(selectionList), [selectionList]);
  const highlightedList = useSessionStore((s) => s.highlighted);
  const readOnly = useDocumentStore((s) => s.readOnly) || !editable;
  const presenting = useSessionStore((s) => s.presenting);
  const presentStep = useSessionStore((s) => s.presentStep);
  const theme = usePreferencesStore((s) => s.theme);
  const tags = useDocumentStore((s) => s.doc?.tags);
  const labels = useMemo(() => ({ t, tags: tags ?? {} }), [t, tags]);
  const ariaLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('map.aria.nodeMove'),
      'node.a11yDescription.keyboardDisabled': t('map.aria.nodeKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('map.aria.moved', { direction: t(`map.aria.dir.${direction as 'up' | 'down' | 'left' | 'right'}`), x: Math.round(x), y: Math.round(y) }),
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
  const keyboard = useKeyboardMove(setNodes);

  const drags = usePresenceStore((s) => s.remoteDrags);
  const activity = usePresenceStore((s) => s.activity);
  const arrivals = usePresenceStore((s) => s.arrivals);
  const presence = useMemo(() => ({ drags, activity, arrivals }), [drags, activity, arrivals]);
  useEffect(() => {
    setNodes((prev) => syncNodes(prev, partners, goal, selection, highlighted, keyboard.held.current, presence));
  }, [partners, goal, selection, highlighted, keyboard.held, presence]);

  // Presentation builds the picture ring by ring: step 1 shows the core, 2 adds complementary, 3 context.
  // Filtered to one action, the map shows only the partners involved in it.
  const actionFilterId = useSessionStore((s) => s.actionFilter);
  const actionFilter = useDocumentStore((s) => (actionFilterId ? s.doc?.actions[actionFilterId] : undefined));
  const shown = useMemo(() => {
    let out = nodes;
    if (actionFilter) out = out.filter((n) => n.type !== 'partner' || n.id in actionFilter.involvement);
    if (presenting && presentStep > 0)
      out = out.filter((n) => n.type !== 'partner' || RING_INDEX[ringOf(n.data.partner.position ?? { x: 0, y: 0 })] <= presentStep);
    return out;
  }, [nodes, presenting, presentStep, actionFilter]);

  // Ties between the partners shown (tieEdges keeps the same array while nothing it shows changed).
  const ties = useDocumentStore((s) => s.doc?.ties);
  const tiesHidden = useTiesView((s) => s.hidden);
  const edges = useMemo(() => (tiesHidden ? NO_EDGES : tieEdges(ties, shown)), [ties, tiesHidden, shown]);

  // Zoomed out, nodes show their name alone and larger (labelLevel.ts); styles.css reads the level.
  const mode: LabelMode = presenting ? 'present' : 'edit';
  const level = useStore((s) => labelLevel(s.transform[2], mode));

  const flow = useReactFlow<MapNode>();
  const flowStore = useStoreApi<MapNode>();
  useSettleArrivals(useCallback(() => measuredSizeOf(flowStore.getState().nodeLookup), [flowStore]));
  const canvas = useRef<HTMLDivElement>(null);
  const texts = useRef(ringTexts(t));
  texts.current = ringTexts(t);

  /** The last fit: what it showed, where it left the view, and in which mode. */
  const lastFit = useRef<{ area: Rect; viewport: Viewport; presenting: boolean } | null>(null);

  /**
   * Fits the map to where its partners are (mapFocus.ts), inside the pane less any overlay, never zoomed
   * out so far that names fall under the readable size (then it centres and leaves the edges to panning).
   * With `area`, fits that area again instead (a resize shows the same picture, scaled).
   */
  const fit = useCallback(
    (duration = 0, area?: Rect) => {
      const { width, height, nodeLookup } = flowStore.getState();
      if (!width || !height) return;
      const s = useSessionStore.getState();
      const fitMode: LabelMode = s.presenting ? 'present' : 'edit';
      const step = s.presenting ? s.presentStep : null;
      const pane = { width, height };
      const insets = overlayInsets(canvas.current, s.presenting || !!s.actionFilter);
      const limits = { minZoom: readableZoom(fitMode), maxZoom: MAX_FIT_ZOOM[fitMode] };
      let focus = area;
      if (!focus) {
        const placed = partnerBoxes(useDocumentStore.getState().doc?.partners, measuredSizeOf(nodeLookup));
        const boxes = placed.map((p) => p.box);
        focus = mapFocus(placed, ringLabels(boxes, texts.current, ringLabelPx(0)), step);
        // Zoomed out far enough for the simpler nodes, the ring labels grow too: fit to where those go.
        const farLevel = labelLevel(viewportFor(focus, pane, insets, limits).zoom, fitMode);
        if (farLevel) focus = mapFocus(placed, ringLabels(boxes, texts.current, ringLabelPx(farLevel)), step);
      }
      const viewport = viewportFor(focus, pane, insets, limits);
      lastFit.current = { area: focus, viewport, presenting: s.presenting };
      void flow.setViewport(viewport, duration ? { duration } : undefined);
    },
    [flow, flowStore],
  );
  useEffect(() => setFitHandler(fit), [fit]);

  // When the map area changes size (presentation mode, full screen, a resized window, the legend growing
  // or folded): a view nobody has moved since it was fitted shows the same area again, scaled to the new
  // size (a partner placed meanwhile does not change the picture); entering or leaving presentation fits
  // anew; a view someone has panned or zoomed keeps its centre and zoom.
  useEffect(() => {
    const el = canvas.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // The size comes from the observer's entries, never from clientWidth here: reading layout while the
    // first render's 500 nodes are still unlaid forced a whole-page layout (37 ms at 500 partners).
    // The observer reports the starting size once after layout; onInit has fitted the map by then.
    let last: { w: number; h: number } | null = null;
    let frame = 0;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      const before = last;
      const now = { w: box.width, h: box.height };
      last = now;
      if (!before || (now.w === before.w && now.h === before.h)) return;
      cancelAnimationFrame(frame);
      // React Flow hears of the new size from its own observer; act once it has.
      frame = requestAnimationFrame(() => {
        const fitted = lastFit.current;
        const presentingNow = useSessionStore.getState().presenting;
        if (!fitted || fitted.presenting !== presentingNow) return fit();
        const v = flow.getViewport();
        const untouched = Math.abs(v.zoom - fitted.viewport.zoom) < 1e-6 && Math.abs(v.x - fitted.viewport.x) < 0.5 && Math.abs(v.y - fitted.viewport.y) < 0.5;
        if (untouched) return fit(0, fitted.area);
        void flow.setViewport({ x: v.x + (now.w - before.w) / 2, y: v.y + (now.h - before.h) / 2, zoom: v.zoom });
      });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [fit, flow]);

  // Each presentation step zooms to the rings it reveals.
  const steppedOnce = useRef(false);
  useEffect(() => {
    if (!presenting) {
      steppedOnce.current = false;
      return;
    }
    // Entering presentation resizes the map, which fits it; only later steps glide.
    if (!steppedOnce.current) {
      steppedOnce.current = true;
      return;
    }
    fit(STEP_MS);
  }, [presenting, presentStep, fit]);

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      // A finished drag reaches the store as one undo step for all nodes it moved, each nudged off any
      // partner it was dropped on (drop.ts).
      const dropped: { id: string; position: Point }[] = [];
      for (const change of changes) {
        if (change.type === 'select' && change.selected) useSessionStore.getState().select(change.id);
        if (change.type === 'position' && change.position && change.dragging === false) dropped.push({ id: change.id, position: change.position });
      }
      // What other devices changed during the drag first (heldWhileDragging.ts): the drop is nudged off where
      // partners are now, and a partner deleted elsewhere meanwhile is not written back to life.
      if (dropped.length) dragEnded();
      const store = useDocumentStore.getState();
      setNodes((prev) => applyNodeChanges(changes, prev));
      if (!dropped.length || store.readOnly) return;
      settleDrops(dropped, store.doc?.partners, measuredSizeOf(flowStore.getState().nodeLookup), (settled) => {
        const at = new Map(settled.map((m) => [m.id, m.position]));
        setNodes((prev) => prev.map((n) => (at.has(n.id) && at.get(n.id) !== n.position ? { ...n, position: at.get(n.id)! } : n)));
        movePartners(settled);
      });
    },
    [flowStore],
  );

  // "Tidy up" (T): partners that overlap another (an imported map, an older arena, a crowded ring) are
  // moved apart as if each had just been dropped where it is, in creation order: one undo step.
  useEffect(
    () =>
      setTidyHandler(() => {
        const store = useDocumentStore.getState();
        const doc = store.doc;
        if (!doc || store.readOnly) return;
        const placed = partnersInOrder(doc).flatMap((p) => (p.position ? [{ id: p.id, position: p.position }] : []));
        settleDrops(placed, doc.partners, measuredSizeOf(flowStore.getState().nodeLookup), (settled) => {
          const moved = settled.filter((m) => {
            const was = doc.partners[m.id]?.position;
            return !was || was.x !== m.position.x || was.y !== m.position.y;
          });
          if (moved.length) movePartners(moved);
        });
      }),
    [flowStore],
  );

  const onNodeDrag: OnNodeDrag<MapNode> = useCallback((_, node) => {
    useSessionStore.getState().setDropRing(ringOf(node.position));
    if (node.type === 'partner') publishDrag({ id: node.id, position: node.position });
  }, []);

  // A drag React Flow aborts (a second finger, its node deleted) never stops: others would see it go on.
  const onNodeDragStart: OnNodeDrag<MapNode> = useCallback(
    () =>
      dragStarted(() => {
        useSessionStore.getState().setDropRing(null);
        publishDrag(null);
      }),
    [],
  );

  const onNodeDragStop: OnNodeDrag<MapNode> = useCallback(() => {
    useSessionStore.getState().setDropRing(null);
    publishDrag(null);
    dragEnded();
  }, []);

  // Open on what matters: the goal and every placed partner, as large as the screen allows.
  const onInit: OnInit<MapNode> = useCallback(() => fit(), [fit]);
  const onFitView = useCallback(() => fit(200), [fit]);

  const onPaneClick = useCallback(() => useSessionStore.getState().select(null), []);


  return (
    <div className="goal-map" aria-label={t('map.title')} role="region" data-labels={level ? `far-${level}` : 'full'}>
      <div className="goal-map-canvas" ref={canvas} onKeyDownCapture={editable ? keyboard.onKeyDownCapture : undefined} onBlurCapture={keyboard.onBlurCapture}>
        <NodeLabelsContext.Provider value={labels}>
          <ReactFlow<MapNode>
            nodes={shown}
            edges={edges}
            edgeTypes={edgeTypes}
            connectionMode={ConnectionMode.Loose}
            onConnectEnd={onConnectEnd}
            onNodesChange={onNodesChange}
            onNodeDrag={onNodeDrag}
            onNodeDragStart={onNodeDragStart}
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
            // Hidden ties hide the dot to draw one from too: a tie drawn then would not be seen.
            nodesConnectable={!readOnly && !tiesHidden}
            nodesDraggable={!readOnly}
            colorMode={theme}
            ariaLabelConfig={ariaLabels}
          >
            <Background gap={40} size={1} />
            <Controls showInteractive={false} onFitView={onFitView}>
              {!readOnly && (
                <ControlButton onClick={tidyMap} title={`${t('action.tidy')} (T)`} aria-label={t('action.tidy')}>
                  ↔
                </ControlButton>
              )}
              {edges !== NO_EDGES || tiesHidden ? (
                <Suspense fallback={null}>
                  <TiesToggle />
                </Suspense>
              ) : null}
            </Controls>
            {actionFilter && (
              <Panel position="top-center" className="map-filter" role="status">
                <span>{t('actions.filtered', { title: actionFilter.title })}</span>
                <button type="button" className="button small" onClick={() => useSessionStore.getState().setActionFilter(null)}>
                  {t('actions.showAll')}
                </button>
              </Panel>
            )}
          </ReactFlow>
        </NodeLabelsContext.Provider>
      </div>
      {/* Beside the map, never over it: the legend covers no partner and catches no click meant for one. */}
      <Legend />
    </div>
  );
}
