import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { loadArena } from '../persistence/repository';
import { useEditorStore } from '../store/editorStore';
import { useT } from '../i18n/useT';
import { EditorHeader } from './EditorHeader';
import { GoalMap } from '../canvas/GoalMap';
import { PartnerList } from '../panels/PartnerList';
import { Inspector } from '../panels/Inspector';
import { SidePanels } from './SidePanels';

type LoadState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; reason: string } | { status: 'ready' };

export function EditorScreen({ arenaId }: { arenaId: string }) {
  const t = useT();
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    loadArena(arenaId).then(
      (doc) => {
        if (!live) return;
        if (!doc) return setLoad({ status: 'missing' });
        useEditorStore.getState().hydrate(doc);
        setLoad({ status: 'ready' });
      },
      (error: unknown) => live && setLoad({ status: 'error', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      useEditorStore.getState().close();
    };
  }, [arenaId]);

  if (load.status !== 'ready') {
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
