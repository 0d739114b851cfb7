import { lazy, startTransition, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { arenaHref } from '../app/route';
import { ReactFlowProvider } from '@xyflow/react';
import { useArenaSession, type SessionState } from './useArenaSession';
import { ArenaLoadMessage, isOpen } from './ArenaLoadMessage';
import { useSharedSession } from './useSharedSession';
import { useShare } from '../persistence/hooks';
import { SyncNotices } from './SyncNotices';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { DeletedBanner } from './DeletedBanner';
import { useT } from '../i18n/useT';
import { EditorHeader } from './EditorHeader';
import { GoalMap } from '../canvas/GoalMap';
import { useLayout, usePane, visiblePane } from './layout';

import { withAnalysisTexts } from '../i18n/analysisTexts';
import { Shortcuts } from '../actions/Shortcuts';

import { useSessionStore } from '../store/sessionStore';

// Loaded on first use: presentation mode and the shortcut list are not needed to open an arena.
const PresentationOverlay = lazy(() => withAnalysisTexts(import('./PresentationOverlay')).then((m) => ({ default: m.PresentationOverlay })));
const HelpDialog = lazy(() => import('../actions/HelpDialog').then((m) => ({ default: m.HelpDialog })));
// The side panels are drawn only once React Flow has measured the map, so they are not in the first load:
// their chunk is fetched while the map renders (see the effect below) and is there when they are drawn.
const loadPanels = () => withAnalysisTexts(import('./panelsChunk'));
const PartnerList = lazy(() => loadPanels().then((m) => ({ default: m.PartnerList })));
const Inspector = lazy(() => loadPanels().then((m) => ({ default: m.Inspector })));
const SidePanels = lazy(() => loadPanels().then((m) => ({ default: m.SidePanels })));
// Only tablets and phones show the pane switch.
const PaneTabs = lazy(() => import('./PaneTabs').then((m) => ({ default: m.PaneTabs })));
// A live workshop's participants get their own screen (a phone's): loaded only for a participant link.
const ParticipantScreen = lazy(() => withAnalysisTexts(import('../sync/ui/ParticipantView')).then((m) => ({ default: m.ParticipantScreen })));

const openDetails = () => usePane.getState().setPane('details');

/**
 * An arena opens as a local one (one tab edits it, under the edit lock) or as a shared one (tabs and
 * devices edit it together through its Y.Doc); sharing or stopping switches between the two in place.
 */
export function EditorScreen({ arenaId, isNew = false }: { arenaId: string; isNew?: boolean }) {
  const share = useShare(arenaId);
  // A new arena starts with the strategic question (is a network needed?); an existing one with its
  // warnings. The "/new" leaves the address, so a reload later opens it like any other arena. Here, not in
  // the view: the view mounts again when the arena turns out shared, or is shared or stops being shared.
  const startNew = useRef(isNew);
  useEffect(() => {
    useSessionStore.getState().setSideTab(startNew.current ? 'goal' : 'warnings');
    // On a phone an arena opens on its map.
    usePane.getState().setPane('map');
    if (startNew.current) window.history.replaceState(null, '', arenaHref(arenaId));
  }, [arenaId]);
  if (share === undefined) return <EditorView load={LOADING} />;
  return share ? <SharedEditor key={share.role === 'participant' ? 'participant' : 'shared'} arenaId={arenaId} participant={share.role === 'participant'} /> : <LocalEditor key="local" arenaId={arenaId} />;
}

const LOADING: SessionState = { status: 'loading' };

function LocalEditor({ arenaId }: { arenaId: string }) {
  const { state, takeOver, restore } = useArenaSession(arenaId);
  return <EditorView load={state} takeOver={takeOver} restore={restore} />;
}

function SharedEditor({ arenaId, participant }: { arenaId: string; participant: boolean }) {
  const { state, restore } = useSharedSession(arenaId);
  if (participant)
    return (
      <Suspense fallback={null}>
        <ParticipantScreen load={state} />
      </Suspense>
    );
  return <EditorView load={state} restore={restore} />;
}

const nothing = () => {};

/**
 * The editor's screen for an arena in the document store. A saved version is shown in it too, read-only
 * (versions/VersionScreen): with its own `banner` instead of the other-tab one, and `version` set, which
 * leaves out what only the arena itself can do (share, versions).
 */
export function EditorView({
  load,
  takeOver = nothing,
  restore = nothing,
  banner,
  version = false,
}: {
  load: SessionState;
  takeOver?: () => void;
  restore?: () => void;
  banner?: ReactNode;
  version?: boolean;
}) {
  const t = useT();
  const presenting = useSessionStore((s) => s.presenting);
  // The map comes first: the partner list and the analysis are rendered as a transition once React Flow
  // has measured the map's nodes, so a large arena is on screen and draggable before its 500-row list and
  // warnings are built (started any sooner, their render shares the main thread with the map's).
  const [panelsReady, setPanelsReady] = useState(false);
  const showPanels = useCallback(() => startTransition(() => setPanelsReady(true)), []);
  const helpOpen = useSessionStore((s) => s.helpOpen);
  useEffect(() => {
    void loadPanels();
  }, []);
  const layout = useLayout();
  const pane = visiblePane(usePane((s) => s.pane), layout);

  if (!isOpen(load)) return <ArenaLoadMessage load={load} />;

  return (
    <ReactFlowProvider>
      <Shortcuts />
      {helpOpen && (
        <Suspense fallback={null}>
          <HelpDialog />
        </Suspense>
      )}
      <div className={`editor${presenting ? ' is-presenting' : ''}`} data-layout={layout}>
        {presenting ? (
          <Suspense fallback={null}>
            <PresentationOverlay />
          </Suspense>
        ) : (
          <EditorHeader version={version} />
        )}
        {banner ?? (load.status === 'readOnly' && <ReadOnlyBanner onTakeOver={takeOver} />)}
        {load.status === 'deleted' && <DeletedBanner onRestore={restore} />}
        <SyncNotices />
        {/* On a desktop every pane is on screen; on a tablet or phone `data-pane` says which one (styles.css). */}
        <div className="editor-body" data-pane={layout === 'desktop' ? undefined : pane}>
          <aside className="panel panel-left" id="pane-partners">
            {panelsReady && (
              <Suspense fallback={null}>
                <PartnerList onOpen={openDetails} />
              </Suspense>
            )}
          </aside>
          <main className="map-area" id="pane-map" aria-label={t('map.title')}>
            <GoalMap onMeasured={showPanels} />
          </main>
          <aside className="panel panel-right">
            {panelsReady && (
              <Suspense fallback={null}>
                <div className="pane-details" id="pane-details">
                  <Inspector />
                </div>
                <div className="analysis" id="pane-analysis">
                  <SidePanels />
                </div>
              </Suspense>
            )}
          </aside>
          {layout !== 'desktop' && !presenting && (
            <Suspense fallback={null}>
              <PaneTabs layout={layout} counts={panelsReady} />
            </Suspense>
          )}
        </div>
      </div>
    </ReactFlowProvider>
  );
}
