import { useDocumentStore } from '../store/documentStore';
import { useT } from '../i18n/useT';
import { useDraftCount } from '../store/drafts';

/** A quiet status: "Saved" / "Saving…" / "Not saved: <reason>". */
export function SaveStatus() {
  const t = useT();
  const save = useDocumentStore((s) => s.save);
  // Typed text that is not in the document yet is not saved either.
  const typing = useDraftCount((s) => s.count > 0);
  if (save.status === 'error') {
    return (
      <div className="save-status is-error" role="alert">
        <span>{t('save.error', { reason: t(`save.${save.reason}`) })}</span>
        <button
          type="button"
          className="button small danger"
          onClick={() => {
            const doc = useDocumentStore.getState().doc;
            if (doc) void import('../export/exportArena').then((m) => m.exportJson(doc));
          }}
        >
          {t('save.exportNow')}
        </button>
      </div>
    );
  }
  const status = typing ? 'saving' : save.status;
  return (
    <p className={`save-status is-${status}`} role="status" aria-live="polite">
      {status === 'saved' ? t('save.saved') : t('save.saving')}
    </p>
  );
}
