import { ReactFlowProvider } from '@xyflow/react';
import { useArenaSession } from './useArenaSession';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { useT } from '../i18n/useT';
import { EditorHeader } from './EditorHeader';
import { GoalMap } from '../canvas/GoalMap';
import { PartnerList } from '../panels/PartnerList';
import { Inspector } from '../panels/Inspector';
import { SidePanels } from './SidePanels';

export function EditorScreen({ arenaId }: { arenaId: string }) {
  const t = useT();
  const { state: load, takeOver } = useArenaSession(arenaId);

  if (load.status !== 'editing' && load.status !== 'readOnly') {
    return (
      <div className="editor-message">
        <a className="back-link" href="#/">
          ← {t('editor.back')}
        </a>
        {load.status === 'loading' && <p className="muted">{t('editor.loading')}</p>}
        {load.status === 'missing' && <p role="alert">{t('editor.notFound')}</p>}
        {load.status === 'error' && <p role="alert">{t('editor.loadError', { reason: load.reason })}</p>}
      </div>
    );
  }

  return (
    <ReactFlowProvider>
      <div className="editor">
        <EditorHeader />
        {load.status === 'readOnly' && <ReadOnlyBanner onTakeOver={takeOver} />}
        <div className="editor-body">
          <aside className="panel panel-left">
            <PartnerList />
          </aside>
          <main className="map-area">
            <GoalMap />
          </main>
          <aside className="panel panel-right">
            <Inspector />
            <div className="analysis">
              <SidePanels />
            </div>
          </aside>
        </div>
      </div>
    </ReactFlowProvider>
  );
}
