import { useDocumentStore } from '../store/documentStore';
import { useT } from '../i18n/useT';
import { useDraftCount } from '../store/drafts';
import { useSyncStore } from '../store/syncStore';

/** A quiet status: "Saved" / "Saving…" / "Not saved: <reason>". */
export function SaveStatus() {
  const t = useT();
  const save = useDocumentStore((s) => s.save);
  // Typed text that is not in the document yet is not saved either.
  const typing = useDraftCount((s) => s.count > 0);
  // A shared arena is saved here and synced apart (SyncStatus): "Saved" alone would claim both.
  const shared = useSyncStore((s) => s.share !== null);
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
  const saved = t(shared ? 'sync.status.saved' : 'save.saved');
  const saving = t('save.saving');
  // As wide as its longer text in either state (styles.css, ::after): every edit, and on a shared arena every
  // change from elsewhere, flips it, and a width that changed with it re-wrapped the header and moved the map.
  return (
    <p className={`save-status is-${status}`} role="status" aria-live="polite" data-widest={`✓ ${saved.length >= saving.length ? saved : saving}`}>
      {status === 'saved' ? saved : saving}
    </p>
  );
}
