import { useSyncStore } from '../store/syncStore';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';

/**
 * For a shared arena: whether this device's changes have reached the sync server, and which link it uses.
 * Nothing at all for an arena that is not shared.
 */
export function SyncStatus() {
  const t = useT();
  const role = useSyncStore((s) => s.share?.role);
  const connection = useSyncStore((s) => s.connection);
  const retry = useSyncStore((s) => s.retry);
  if (!role || !connection) return null;
  const link = t(role === 'edit' ? 'sync.status.linkEdit' : role === 'participant' ? 'sync.status.linkParticipant' : 'sync.status.linkView');
  // A participant's link refused is the end of the workshop (its secret removed).
  const refusal = connection.state === 'refused' ? (role === 'participant' && connection.refusal === 'secret' ? 'ended' : connection.refusal) : null;
  const text = refusal ? t('sync.status.refused', { reason: t(`sync.refusal.${refusal}` as MessageKey) }) : t(`sync.status.${connection.state}` as MessageKey);
  const problem = connection.state === 'refused' || connection.state === 'unreachable';
  return (
    <p className={`sync-status is-${connection.state}`} role="status" aria-live="polite" data-sync={connection.state}>
      <span className="sync-dot" aria-hidden="true" />
      <span>{text}</span>
      <span className="sync-link"> · {link}</span>
      {problem && retry && refusal !== 'ended' && (
        <button type="button" className="button small ghost" onClick={retry}>
          {t('sync.retry')}
        </button>
      )}
    </p>
  );
}
