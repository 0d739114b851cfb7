import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useSyncStore } from '../store/syncStore';

// The dialog's contents bring the sharing code (Yjs, the sync client, QR codes): loaded when it opens.
const ShareOptions = lazy(() => import('../sync/ui/ShareOptions').then((m) => ({ default: m.ShareOptions })));

/** Share: turns the arena into a shared one, or shows its links. */
export function ShareButton() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const shared = useSyncStore((s) => s.share !== null);
  const showLinks = useSyncStore((s) => s.showLinks && s.share !== null);
  useEffect(() => {
    if (!showLinks) return;
    useSyncStore.getState().set({ showLinks: false });
    setOpen(true);
    dialog.current?.showModal();
  }, [showLinks]);
  return (
    <>
      <button
        type="button"
        className={`button${shared ? ' is-shared' : ''}`}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {shared ? t('sync.shared') : t('sync.share')}
      </button>
      <dialog ref={dialog} className="dialog share-dialog" aria-labelledby="share-title" onClose={() => setOpen(false)}>
        <div className="dialog-head">
          <h2 id="share-title">{t('sync.title')}</h2>
          <button type="button" className="button small ghost" aria-label={t('common.close')} onClick={() => dialog.current?.close()}>
            ×
          </button>
        </div>
        {open && (
          <Suspense fallback={<p className="muted small">…</p>}>
            <ShareOptions />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
