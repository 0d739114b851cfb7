import { useDeferredDocument } from '../store/useDeferredDocument';
import { useSessionStore } from '../store/sessionStore';
import { Warnings } from '../panels/Warnings';
import { CompositionChart } from '../panels/CompositionChart';
import { lazy, Suspense } from 'react';
import { SideTabs } from '../panels/SideTabs';
import { useFindings } from '../panels/useFindings';

// The tabs behind the first are loaded when first opened: they are not needed to see the map.
const GoalPanel = lazy(() => import('../panels/GoalPanel').then((m) => ({ default: m.GoalPanel })));
const ActionsPanel = lazy(() => import('../panels/ActionsPanel').then((m) => ({ default: m.ActionsPanel })));
const TeamPanel = lazy(() => import('../panels/TeamPanel').then((m) => ({ default: m.TeamPanel })));
const InstrumentSheets = lazy(() => import('../instruments/chunk').then(async (m) => ((await m.ready), { default: m.InstrumentSheets })));

/** The analysis beside the inspector, in tabs: warnings and composition, goal and network, actions, team roles, instrument sheets. */
export function SidePanels() {
  const tab = useSessionStore((s) => s.sideTab);
  const actionCount = useDeferredDocument((s) => Object.keys(s.doc?.actions ?? {}).length);
  const acknowledgements = useDeferredDocument((s) => s.doc?.acknowledgements);
  const open = useFindings().filter((f) => f.severity !== 'info' && !acknowledgements?.[f.key]).length;
  return (
    <>
      <SideTabs counts={{ warnings: open, actions: actionCount }} />
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'warnings' && (
          <>
            <Warnings />
            <CompositionChart />
          </>
        )}
        <Suspense fallback={<p className="muted small">…</p>}>
          {tab === 'goal' && <GoalPanel />}
          {tab === 'actions' && <ActionsPanel />}
          {tab === 'team' && <TeamPanel />}
          {tab === 'instruments' && <InstrumentSheets />}
        </Suspense>
      </div>
    </>
  );
}
