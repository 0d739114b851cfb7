import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useSyncStore } from '../../store/syncStore';
import { useDocumentStore } from '../../store/documentStore';
import { flushDrafts } from '../../store/drafts';
import { editLink, viewLink } from '../client/links';
import { newLinks, shareArena, stopSharing } from '../client/sharing';
import { useServerCall } from './useServerCall';
import { QrCode } from './QrCode';
import { WorkshopControls } from './WorkshopControls';

/** The share dialog: Share (not shared yet), or the links with their QR codes, the live workshop, New links and Stop sharing. */
export function ShareOptions() {
  const t = useT();
  const share = useSyncStore((s) => s.share);
  const { busy, problem, run } = useServerCall(t);
  const [confirmingStop, setConfirmingStop] = useState(false);

  const insecure = typeof window !== 'undefined' && !window.isSecureContext;

  if (!share) {
    return (
      <div className="share-options">
        <p>{t('sync.intro')}</p>
        {insecure && <p className="muted small">{t('sync.insecure')}</p>}
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              // What is being typed belongs to the arena that is shared.
              flushDrafts();
              const doc = useDocumentStore.getState().doc;
              if (doc) await shareArena(doc);
            })
          }
        >
          {busy ? t('sync.starting') : t('sync.start')}
        </button>
        {problem && (
          <p role="alert" className="banner error">
            {problem}
          </p>
        )}
      </div>
    );
  }

  const edit = editLink(share);
  const view = viewLink(share);
  return (
    <div className="share-options">
      {share.role === 'view' && <p className="muted">{t('sync.viewOnlyHint')}</p>}
      <div className="share-links">
        {edit && <LinkBox label={t('sync.editLink')} qrLabel={t('sync.qrEdit')} link={edit} testId="edit-link" />}
        <LinkBox label={t('sync.viewLink')} qrLabel={t('sync.qrView')} link={view} testId="view-link" />
      </div>
      {share.role === 'edit' && <WorkshopControls share={share} />}
      {share.role === 'edit' && (
        <div className="share-manage">
          <div>
            <button type="button" className="button" disabled={busy} onClick={() => void run(() => newLinks(share))}>
              {t('sync.newLinks')}
            </button>
            <p className="muted small">{t('sync.newLinksHint')}</p>
          </div>
          <div>
            {confirmingStop ? (
              <span className="confirm" role="group" aria-label={t('sync.stopConfirm')}>
                <span className="confirm-text">{t('sync.stopConfirm')}</span>
                <button
                  type="button"
                  className="button small danger"
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      flushDrafts();
                      const doc = useDocumentStore.getState().doc;
                      if (doc) await stopSharing(share, doc);
                    })
                  }
                >
                  {t('sync.stop')}
                </button>
                <button type="button" className="button small" onClick={() => setConfirmingStop(false)}>
                  {t('common.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="button danger" disabled={busy} onClick={() => setConfirmingStop(true)}>
                {t('sync.stop')}
              </button>
            )}
            <p className="muted small">{t('sync.stopHint')}</p>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="banner error">
          {problem}
        </p>
      )}
    </div>
  );
}

function LinkBox({ label, qrLabel, link, testId }: { label: string; qrLabel: string; link: string; testId: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <section className="share-link">
      <label className="field">
        <span>{label}</span>
        <span className="share-link-row">
          <input type="text" readOnly value={link} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
          <button
            type="button"
            className="button small"
            onClick={() => {
              // The clipboard API needs a secure context; elsewhere the field is selected for Ctrl+C.
              void navigator.clipboard?.writeText(link).then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          >
            {copied ? t('sync.copied') : t('sync.copy')}
          </button>
        </span>
      </label>
      <QrCode text={link} label={qrLabel} />
    </section>
  );
}
