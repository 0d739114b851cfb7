import { useEditorStore } from '../store/editorStore';
import { useT } from '../i18n/useT';
import { InlineText } from '../ui/InlineText';
import { SaveStatus } from './SaveStatus';
import { ExportButton } from './ExportDialog';
import { HistoryButtons } from './HistoryButtons';
import { Settings } from '../app/Settings';

export function EditorHeader() {
  const t = useT();
  const title = useEditorStore((s) => s.doc?.title ?? '');
  const goal = useEditorStore((s) => s.doc?.goal ?? '');
  const readOnly = useEditorStore((s) => s.readOnly);
  return (
    <header className="editor-header">
      <a className="back-link" href="#/">
        ← {t('editor.back')}
      </a>
      <div className="editor-titles">
        <h1 className="editor-title">
          <InlineText
            value={title}
            label={t('editor.title')}
            readOnly={readOnly}
            placeholder={t('editor.titlePlaceholder')}
            validate={(v) => (v.trim() ? null : t('error.titleEmpty'))}
            onCommit={(v) => useEditorStore.getState().setTitle(v)}
          />
        </h1>
        <div className="editor-goal">
          <span className="goal-label">{t('editor.goal')}</span>
          <InlineText
            value={goal}
            label={t('editor.goal')}
            readOnly={readOnly}
            placeholder={t('editor.goalPlaceholder')}
            multiline
            onCommit={(v) => useEditorStore.getState().setGoal(v.trim())}
          />
        </div>
      </div>
      <div className="editor-actions">
        <HistoryButtons />
        <SaveStatus />
        <button type="button" className="button" onClick={() => useEditorStore.getState().setPresenting(true)}>
          ▶ {t('editor.present')}
        </button>
        <ExportButton />
        <button type="button" className="button ghost" aria-label={t('action.help')} title={t('action.help') + ' (?)'} onClick={() => useEditorStore.getState().setHelpOpen(true)}>
          ?
        </button>
        <Settings />
      </div>
    </header>
  );
}
