import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { arenaHref } from '../../app/route';
import { parseJoinHash } from '../client/links';
import { JoinFailed, joinRoom } from '../client/join';

type JoinState = { status: 'joining' } | { status: 'failed'; message: string };

/**
 * A sharing link was opened: fetch the arena once, store it on this device, and open it. The address is
 * then replaced by the arena's own, so the link's secret does not stay in the address bar or the history.
 */
export function JoinScreen() {
  const t = useT();
  const [state, setState] = useState<JoinState>({ status: 'joining' });
  useEffect(() => {
    let live = true;
    const link = parseJoinHash(window.location.hash);
    if (!link) {
      setState({ status: 'failed', message: t('sync.join.invalid') });
      return;
    }
    joinRoom(link).then(
      (id) => {
        if (live) window.location.replace(arenaHref(id));
      },
      (error: unknown) => {
        if (!live) return;
        const message =
          error instanceof JoinFailed && error.reason !== 'failed'
            ? t(error.reason === 'tooNew' ? 'sync.tooNew' : (`sync.join.${error.reason}` as const))
            : t('sync.join.failed', { reason: error instanceof Error ? error.message : String(error) });
        setState({ status: 'failed', message });
      },
    );
    return () => {
      live = false;
    };
  }, [t]);
  return (
    <div className="editor-message">
      <a className="back-link" href="#/">
        ← {t('editor.back')}
      </a>
      <h1>{t('sync.join.title')}</h1>
      {state.status === 'joining' ? (
        <p className="muted" role="status">
          {t('sync.join.connecting')}
        </p>
      ) : (
        <p role="alert">{state.message}</p>
      )}
    </div>
  );
}
