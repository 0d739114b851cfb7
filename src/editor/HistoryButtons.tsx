import { canRedo as redoable, canUndo as undoable, useDocumentStore } from '../store/documentStore';
import { useT } from '../i18n/useT';

export function HistoryButtons() {
  const t = useT();
  const canUndo = useDocumentStore(undoable);
  const canRedo = useDocumentStore(redoable);
  return (
    <div className="history-buttons" role="group" aria-label={t('action.undo') + ' / ' + t('action.redo')}>
      <button type="button" className="button small" disabled={!canUndo} onClick={() => useDocumentStore.getState().undo()} title="Ctrl+Z">
        ↶ {t('action.undo')}
      </button>
      <button type="button" className="button small" disabled={!canRedo} onClick={() => useDocumentStore.getState().redo()} title="Ctrl+Shift+Z">
        ↷ {t('action.redo')}
      </button>
    </div>
  );
}
