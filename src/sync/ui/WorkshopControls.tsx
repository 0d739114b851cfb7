import { useEffect, useRef, useState } from 'react';
import { useWorkshopT } from '../../i18n/useWorkshopT';
import type { StoredShare } from '../../persistence/db';
import { useSyncStore } from '../../store/syncStore';
import { useSessionStore } from '../../store/sessionStore';
import { readableLink } from '../client/links';
import { useServerCall } from './useServerCall';
import { endWorkshop, openWorkshop, setRound, setWarningsHidden, setWorkshopLocked, setWorkshopMode, WorkshopUnsupported } from '../client/workshop';
import { WORKSHOP_MODES, type WorkshopMode } from '../client/workshopState';
import { QrCode } from './QrCode';
import './workshop.css';

/**
 * The facilitator's side of a live workshop, in the share dialog: the participant link as a large QR code
 * and a link short enough to read off a screen, what participants may do, the lock, hidden warnings, and
 * the end of the session. Each control asks the sync server first and says why when it cannot.
 */
export function WorkshopControls({ share }: { share: StoredShare }) {
  const t = useWorkshopT();
  const link = useSyncStore((s) => s.workshopLink);
  const workshop = useSyncStore((s) => s.workshop);
  const { busy, problem, run } = useServerCall(t, (error) => (error instanceof WorkshopUnsupported ? t('workshop.unsupported') : null));
  const [copied, setCopied] = useState(false);
  // What the facilitator just chose shows at once; the document's state follows once the server took it.
  const [pending, setPending] = useState<{ mode?: WorkshopMode; locked?: boolean }>({});
  const choose = (change: { mode?: WorkshopMode; locked?: boolean }, work: () => Promise<unknown>) => {
    setPending(change);
    void run(work).finally(() => setPending({}));
  };
  const section = useRef<HTMLElement>(null);

  // A workshop this device started is shown again at once (checked with the server: it may have ended).
  const started = !!share.join;
  useEffect(() => {
    if (started && !useSyncStore.getState().workshopLink) void run(() => openWorkshop(share));
    // Once per opening of the dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <section className="workshop-controls" aria-labelledby="workshop-title" ref={section}>
      <h3 id="workshop-title">{t('workshop.section')}</h3>
      <p className="muted small">{t('workshop.intro')}</p>
      {!link ? (
        <button type="button" className="button primary" disabled={busy} onClick={() => void run(() => openWorkshop(share))}>
          {busy ? t('workshop.starting') : t('workshop.start')}
        </button>
      ) : (
        <>
          <div className="workshop-join">
            <span data-testid="participant-qr">
              <QrCode text={link.url} label={t('workshop.qr')} size={320} />
            </span>
            <div className="workshop-join-text">
              <span className="label">{t('workshop.link')}</span>
              <p className="readable-link" data-testid="participant-link">
                {readableLink(link.url)}
              </p>
              <div className="row">
                <button
                  type="button"
                  className="button small"
                  onClick={() =>
                    void navigator.clipboard?.writeText(link.url).then(
                      () => setCopied(true),
                      () => setCopied(false),
                    )
                  }
                >
                  {copied ? t('sync.copied') : t('sync.copy')}
                </button>
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    section.current?.closest('dialog')?.close();
                    useSyncStore.getState().set({ presentJoin: true });
                    useSessionStore.getState().setPresenting(true);
                  }}
                >
                  {t('workshop.project')}
                </button>
              </div>
            </div>
          </div>
          {!link.enforced ? (
            <p className="banner warning">{t('workshop.unsupported')}</p>
          ) : (
            <>
              <div className="workshop-settings">
                <label className="field">
                  <span className="label">{t('workshop.modeLabel')}</span>
                  <select
                    value={pending.mode ?? workshop.mode}
                    disabled={busy}
                    onChange={(e) => {
                      const mode = e.target.value as WorkshopMode;
                      choose({ mode }, () => setWorkshopMode(share, mode));
                    }}
                  >
                    {WORKSHOP_MODES.map((mode) => (
                      <option key={mode} value={mode}>
                        {t(`workshop.modeOption.${mode}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={pending.locked ?? workshop.locked}
                    disabled={busy}
                    onChange={(e) => {
                      const locked = e.target.checked;
                      choose({ locked }, () => setWorkshopLocked(share, locked));
                    }}
                  />
                  {t('workshop.lock')}
                </label>
                <label className="check-row">
                  <input type="checkbox" checked={workshop.warningsHidden} disabled={busy} onChange={(e) => setWarningsHidden(e.target.checked)} />
                  {t('workshop.hideWarnings')}
                </label>
                <RoundControl round={workshop.round} disabled={busy} />
              </div>
              <div className="workshop-end">
                <button type="button" className="button danger" disabled={busy} onClick={() => void run(() => endWorkshop(share))}>
                  {t('workshop.end')}
                </button>
                <p className="muted small">{t('workshop.endHint')}</p>
              </div>
            </>
          )}
        </>
      )}
      {problem && (
        <p role="alert" className="banner error">
          {problem}
        </p>
      )}
    </section>
  );
}

/** Starts a round with its question for the phones, or ends it. */
function RoundControl({ round, disabled }: { round: string | null; disabled: boolean }) {
  const t = useWorkshopT();
  const [text, setText] = useState(() => t('workshop.roundDefault'));
  if (round) {
    return (
      <p className="round-row">
        <span>{t('workshop.round', { round })}</span>{' '}
        <button type="button" className="button small" disabled={disabled} onClick={() => setRound(null)}>
          {t('workshop.roundEnd')}
        </button>
      </p>
    );
  }
  return (
    <form
      className="round-row"
      onSubmit={(e) => {
        e.preventDefault();
        setRound(text);
      }}
    >
      <label className="field grow">
        <span className="label">{t('workshop.roundQuestion')}</span>
        <input type="text" value={text} maxLength={200} disabled={disabled} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" className="button small" disabled={disabled || !text.trim()}>
        {t('workshop.roundStart')}
      </button>
    </form>
  );
}
