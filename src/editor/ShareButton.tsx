import { lazy, useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import { useSyncStore } from '../store/syncStore';
import { DialogButton } from '../ui/DialogButton';

// The dialog's contents bring the sharing code (Yjs, the sync client, QR codes): loaded when it opens.
const ShareOptions = lazy(() => import('../sync/ui/ShareOptions').then((m) => ({ default: m.ShareOptions })));

/** Share: turns the arena into a shared one, or shows its links. */
export function ShareButton() {
  const t = useT();
  const opener = useRef<(() => void) | null>(null);
  const shared = useSyncStore((s) => s.share !== null);
  const showLinks = useSyncStore((s) => s.showLinks && s.share !== null);
  useEffect(() => {
    if (!showLinks) return;
    useSyncStore.getState().set({ showLinks: false });
    opener.current?.();
  }, [showLinks]);
  return (
    <DialogButton
      label={shared ? t('sync.shared') : t('sync.share')}
      buttonClassName={`button${shared ? ' is-shared' : ''}`}
      title={t('sync.title')}
      dialogClassName="share-dialog"
      closeLabel={t('common.close')}
      opener={opener}
    >
      <ShareOptions />
    </DialogButton>
  );
}
