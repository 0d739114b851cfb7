import { useEditorStore } from '../store/editorStore';
import { Warnings } from '../panels/Warnings';
import { CompositionChart } from '../panels/CompositionChart';
import { GoalPanel } from '../panels/GoalPanel';
import { ActionsPanel } from '../panels/ActionsPanel';
import { TeamPanel } from '../panels/TeamPanel';
import { SideTabs } from '../panels/SideTabs';
import { useFindings } from '../panels/useFindings';

/** The analysis beside the inspector, in tabs: warnings and composition, goal and network, actions, team roles. */
export function SidePanels() {
  const tab = useEditorStore((s) => s.sideTab);
  const actionCount = useEditorStore((s) => Object.keys(s.doc?.actions ?? {}).length);
  const acknowledgements = useEditorStore((s) => s.doc?.acknowledgements);
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
        {tab === 'goal' && <GoalPanel />}
        {tab === 'actions' && <ActionsPanel />}
        {tab === 'team' && <TeamPanel />}
      </div>
    </>
  );
}
