import { lazy, Suspense, useEffect, useMemo } from 'react';
import { actionsInOrder, prioritise } from '../domain/analysis';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useLanguage, useT } from '../i18n/useT';
import { useFindings } from '../panels/useFindings';
import { findingText } from '../panels/findingText';
import { PresentPeople } from './PresentPeople';
import { useSyncStore } from '../store/syncStore';

// The workshop's join step brings the QR code and the sync client: loaded when it is shown.
const PresentJoin = lazy(() => import('../sync/ui/PresentJoin').then((m) => ({ default: m.PresentJoin })));

const STEPS = [
  { step: 1, label: 'present.step.core' },
  { step: 2, label: 'present.step.complementary' },
  { step: 3, label: 'present.step.context' },
  { step: 0, label: 'present.step.all' },
] as const;

/**
 * Presentation mode's own bar: title and goal in large type, the ring steps, and the open warnings compactly:
 * the same first few as the Warnings panel (prioritise), with a count of the rest.
 */
export function PresentationOverlay() {
  const t = useT();
  const language = useLanguage();
  const title = useDocumentStore((s) => s.doc?.title ?? '');
  const goal = useDocumentStore((s) => s.doc?.goal ?? '');
  const step = useSessionStore((s) => s.presentStep);
  const partners = useDocumentStore((s) => s.doc?.partners);
  const tags = useDocumentStore((s) => s.doc?.tags);
  const actions = useDocumentStore((s) => s.doc?.actions);
  const acknowledgements = useDocumentStore((s) => s.doc?.acknowledgements);
  const all = useFindings();
  // A shared arena this device may edit can show the live workshop's QR code as a step of its own.
  const canInvite = useSyncStore((s) => s.share?.role === 'edit');
  const joinShown = useSyncStore((s) => s.presentJoin) && canInvite;
  const showJoin = (on: boolean) => useSyncStore.getState().set({ presentJoin: on });
  // The open warnings in the panel's order and budget; notes stay in the panel.
  const { shown: findings, more } = useMemo(
    () => prioritise(all, { accepted: acknowledgements ?? {}, actionOrder: actions ? actionsInOrder(actions).map((a) => a.id) : [] }).warnings,
    [all, acknowledgements, actions],
  );

  useEffect(() => {
    document.documentElement.requestFullscreen?.().catch(() => {
      // Full screen can be refused (no user gesture, an iframe): the mode still works in the window.
    });
    const onFullscreen = () => {
      if (!document.fullscreenElement) useSessionStore.getState().setPresenting(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') useSessionStore.getState().setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('keydown', onKey);
    return () => {
      useSyncStore.getState().set({ presentJoin: false });
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);

  return (
    <>
      <header className="present-bar">
        <div className="present-titles">
          <h1>{title}</h1>
          <p>{goal}</p>
        </div>
        <PresentPeople />
        <div className="present-steps" role="group" aria-label={t('present.steps')}>
          {STEPS.map((s) => (
            <button
              key={s.step}
              type="button"
              className={`button small${step === s.step && !joinShown ? ' primary' : ''}`}
              aria-pressed={step === s.step && !joinShown}
              onClick={() => {
                showJoin(false);
                useSessionStore.getState().setPresentStep(s.step);
              }}
            >
              {t(s.label)}
            </button>
          ))}
          {canInvite && (
            <button type="button" className={`button small${joinShown ? ' primary' : ''}`} aria-pressed={joinShown} onClick={() => showJoin(!joinShown)}>
              {t('sync.presentJoin')}
            </button>
          )}
          <button type="button" className="button small" onClick={() => useSessionStore.getState().setPresenting(false)}>
            {t('present.exit')}
          </button>
        </div>
      </header>
      {joinShown && (
        <Suspense fallback={null}>
          <PresentJoin />
        </Suspense>
      )}
      {!joinShown && findings.length > 0 && partners && tags && (
        <aside className="present-warnings" aria-label={t('warnings.title')}>
          <ul>
            {findings.map((f) => (
              <li key={f.key} className={`severity-${f.severity}`}>
                <span className="severity-badge">{t(`severity.${f.severity}`)}</span> {findingText(f, t, { partners, tags, actions }, language).title}
              </li>
            ))}
          </ul>
          {more.length > 0 && <p className="muted">{more.length === 1 ? t('findings.presentMore.one') : t('findings.presentMore', { count: more.length })}</p>}
        </aside>
      )}
    </>
  );
}
