import { lazy, Suspense, useEffect, useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { setGoal, setTitle } from '../store/arenaActions';
import { useT } from '../i18n/useT';
import { InlineText } from '../ui/InlineText';
import { SaveStatus } from './SaveStatus';
import { SyncStatus } from './SyncStatus';
import { usePresenceStore } from '../store/presenceStore';
import { ShareButton } from './ShareButton';
import { ExportButton } from './ExportDialog';
import { HistoryButtons } from './HistoryButtons';
import { Settings } from '../app/Settings';

/** Saved versions: the button, its dialog and texts come in a chunk of their own, fetched as the editor opens. */
const VersionsButton = lazy(() => import('../versions/entry').then((m) => ({ default: m.VersionsButton })));
/** Who is here: only a shared arena has anyone, so its code is fetched when someone is. */
const WhoIsHere = lazy(() => import('./WhoIsHere').then((m) => ({ default: m.WhoIsHere })));

/** `version`: a saved version is shown (read-only); it cannot be shared or have versions of its own. */
export function EditorHeader({ version = false }: { version?: boolean }) {
  const t = useT();
  const title = useDocumentStore((s) => s.doc?.title ?? '');
  const goal = useDocumentStore((s) => s.doc?.goal ?? '');
  const readOnly = useDocumentStore((s) => s.readOnly);
  const [moreOpen, setMoreOpen] = useMore();
  const anyoneHere = usePresenceStore((s) => s.people.length > 0);
  return (
    <header className="editor-header">
      <a className="back-link" href="#/">
        ← <span className="back-text">{t('editor.back')}</span>
      </a>
      <div className="editor-titles">
        <h1 className="editor-title">
          <InlineText
            value={title}
            label={t('editor.title')}
            readOnly={readOnly}
            placeholder={t('editor.titlePlaceholder')}
            validate={(v) => (v.trim() ? null : t('error.titleEmpty'))}
            onCommit={(v) => setTitle(v)}
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
            onCommit={(v) => setGoal(v.trim())}
          />
        </div>
      </div>
      <div className="editor-actions">
        <div className="editor-status">
          <HistoryButtons />
          {/* A version shown is never saved: "Saved" would speak of something else. */}
          {!version && <SaveStatus />}
          <SyncStatus />
          {anyoneHere && (
            <Suspense fallback={null}>
              <WhoIsHere />
            </Suspense>
          )}
        </div>
        <button type="button" className="button editor-present" onClick={() => useSessionStore.getState().setPresenting(true)}>
          ▶ {t('editor.present')}
        </button>
        {/* On a tablet or phone the rest folds behind "More" (styles.css); on a desktop it stands in the row. */}
        <button
          type="button"
          className="button ghost more-toggle"
          aria-expanded={moreOpen}
          aria-controls="editor-more"
          aria-label={t('editor.more')}
          onClick={() => setMoreOpen(!moreOpen)}
        >
          ⋯
        </button>
        <div
          id="editor-more"
          className={`editor-more${moreOpen ? ' is-open' : ''}`}
          onClick={(e) => {
            // A command chosen from the menu folds it; its dialog (export, help) shows on its own.
            const target = e.target as HTMLElement;
            if (target.closest('button') && !target.closest('dialog')) setMoreOpen(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !(e.target as HTMLElement).closest('dialog')) setMoreOpen(false);
          }}
        >
          {!version && <ShareButton />}
          <ExportButton versions={!version} />
          {!version && (
            // Until its chunk is here, the same button, disabled: the header keeps its size, so the map fitted
            // on opening is not made smaller a moment later.
            <Suspense
              fallback={
                <button type="button" className="button" disabled>
                  {t('editor.versions')}
                </button>
              }
            >
              <VersionsButton />
            </Suspense>
          )}
          <button type="button" className="button ghost" aria-label={t('action.help')} title={t('action.help') + ' (?)'} onClick={() => useSessionStore.getState().setHelpOpen(true)}>
            ?<span className="in-menu" aria-hidden="true"> {t('editor.help')}</span>
          </button>
          <Settings />
        </div>
      </div>
    </header>
  );
}

/** Open state of the "More" menu, folded again by a click or tap anywhere outside it. */
function useMore(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      const target = e.target as Element | null;
      if (target?.closest('#editor-more, .more-toggle, dialog')) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  return [open, setOpen];
}
