import { useEffect, useId, useRef, useState } from 'react';
import { useWorkshopT } from '../../i18n/useWorkshopT';
import { arenaHref } from '../../app/route';
import { parseJoinHash, type JoinLink } from '../client/links';
import { JoinFailed, joinRoom } from '../client/join';
import { cleanName, MAX_NAME, participantOf, rememberParticipant } from '../client/identity';
import { Settings } from '../../app/Settings';
import './workshop.css';

type JoinState = { status: 'name' } | { status: 'joining' } | { status: 'failed'; message: string };

/**
 * A sharing link was opened: fetch the arena once, store it on this device, and open it. The address is
 * then replaced by the arena's own, so the link's secret does not stay in the address bar or the history.
 * A workshop's participant link first asks for a first name (kept for the room: a second scan goes
 * straight in).
 */
export function JoinScreen() {
  const t = useWorkshopT();
  const [link] = useState<JoinLink | null>(() => parseJoinHash(window.location.hash));
  const [state, setState] = useState<JoinState>(() =>
    link?.role === 'participant' && !participantOf(link.room)?.name ? { status: 'name' } : { status: 'joining' },
  );
  const joining = state.status === 'joining';
  useEffect(() => {
    if (!joining) return;
    let live = true;
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
  }, [t, link, joining]);
  const participant = link?.role === 'participant';
  return (
    <div className={`editor-message${participant ? ' join-workshop' : ''}`}>
      <div className="row">
        <a className="back-link" href="#/">
          ← {t('editor.back')}
        </a>
        {participant && <Settings />}
      </div>
      <h1>{t(participant ? 'workshop.join.title' : 'sync.join.title')}</h1>
      {state.status === 'name' && link ? (
        <NamePrompt
          onName={(name) => {
            rememberParticipant(link.room, name);
            setState({ status: 'joining' });
          }}
        />
      ) : state.status === 'joining' ? (
        <p className="muted" role="status">
          {t('sync.join.connecting')}
        </p>
      ) : state.status === 'failed' ? (
        <p role="alert">{state.message}</p>
      ) : null}
    </div>
  );
}

/** The first name a participant is known by in the workshop (presence, and the partners it adds). */
export function NamePrompt({ onName, initial = '' }: { onName(name: string): void; initial?: string }) {
  const t = useWorkshopT();
  const [name, setName] = useState(initial);
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <form
      className="name-prompt"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const clean = cleanName(name);
        if (!clean) {
          setMissing(true);
          input.current?.focus();
          return;
        }
        onName(clean);
      }}
    >
      <p>{t('workshop.join.intro')}</p>
      <label className="field" htmlFor={`${id}-name`}>
        <span className="label">{t('workshop.join.name')}</span>
      </label>
      <input
        ref={input}
        id={`${id}-name`}
        type="text"
        autoComplete="given-name"
        autoCapitalize="words"
        enterKeyHint="go"
        maxLength={MAX_NAME}
        required
        autoFocus
        value={name}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-missing` : undefined}
        onChange={(e) => {
          setName(e.target.value);
          if (missing) setMissing(false);
        }}
      />
      {missing && (
        <p id={`${id}-missing`} className="field-error" role="alert">
          {t('workshop.join.nameMissing')}
        </p>
      )}
      <button type="submit" className="button primary large">
        {t('workshop.join.go')}
      </button>
    </form>
  );
}
