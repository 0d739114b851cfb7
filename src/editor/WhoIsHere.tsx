import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { usePresenceStore, type Peer } from '../store/presenceStore';
import { usePreferencesStore } from '../store/preferencesStore';
import { useT } from '../i18n/useT';
import type { Translate } from '../i18n';
import { personName } from '../ui/personName';

/** Chips in the header's row (a desktop); the rest is "+N". */
const CHIPS = 6;
const MAX_NAME = 60;

/**
 * Who is here on a shared arena, in the header: a chip per person with their first name on their colour
 * (this device first), or on a phone the count. Either opens a small panel with everyone's name and
 * "Your name in this workshop" (remembered on this device). Nothing for a local arena.
 */
export function WhoIsHere() {
  const t = useT();
  const people = usePresenceStore((s) => s.people);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  if (people.length === 0) return null;
  const shown = people.slice(0, CHIPS);
  const rest = people.slice(CHIPS);
  const toggle = {
    'aria-expanded': open,
    'aria-controls': panelId,
    onClick: () => setOpen(!open),
  };
  const count = people.length === 1 ? t('presence.count.one') : t('presence.count', { count: people.length });
  return (
    <div
      className="who-is-here"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <ul className="who-chips" aria-label={t('presence.here')}>
        {shown.map((p) =>
          p.self ? (
            <li key={p.clientId}>
              <button type="button" className="person-chip is-self" style={chipStyle(p)} title={t('presence.nameLabel')} {...toggle}>
                {t('presence.you', { name: personName(t, p) })}
              </button>
            </li>
          ) : (
            <li key={p.clientId} className="person-chip" style={chipStyle(p)} title={personName(t, p)}>
              {personName(t, p)}
            </li>
          ),
        )}
        {rest.length > 0 && (
          <li>
            <button type="button" className="person-chip is-more" aria-label={t('presence.moreLabel', { count: rest.length, names: names(t, rest) })} {...toggle}>
              {t('presence.more', { count: rest.length })}
            </button>
          </li>
        )}
      </ul>
      <button type="button" className="button small ghost who-count" aria-label={`${count}: ${names(t, people)}`} {...toggle}>
        <span aria-hidden="true">●</span> {count}
      </button>
      {open && <WhoPanel id={panelId} people={people} t={t} onDone={() => setOpen(false)} />}
    </div>
  );
}

function WhoPanel({ id, people, t, onDone }: { id: string; people: readonly Peer[]; t: Translate; onDone: () => void }) {
  const saved = usePreferencesStore((s) => s.workshopName);
  const [draft, setDraft] = useState(saved);
  const inputId = useId();
  const save = () => {
    const name = draft.trim().slice(0, MAX_NAME);
    if (name !== saved) usePreferencesStore.getState().setWorkshopName(name);
  };
  return (
    <div className="who-panel" id={id}>
      <form
        className="who-name"
        onSubmit={(e) => {
          e.preventDefault();
          save();
          onDone();
        }}
      >
        <label htmlFor={inputId}>{t('presence.nameLabel')}</label>
        <div className="row">
          <input
            id={inputId}
            type="text"
            value={draft}
            maxLength={MAX_NAME}
            autoComplete="given-name"
            placeholder={t('presence.namePlaceholder')}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onBlur={save}
          />
          <button type="submit" className="button small primary">
            {t('presence.nameSave')}
          </button>
        </div>
        <p className="hint">{t('presence.nameHint')}</p>
      </form>
      <h3>{t('presence.here')}</h3>
      <ul className="who-list">
        {people.map((p) => (
          <li key={p.clientId}>
            <span className="person-chip" style={chipStyle(p)}>
              {p.self ? t('presence.you', { name: personName(t, p) }) : personName(t, p)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function chipStyle(p: Peer): CSSProperties {
  return { '--person': p.colour } as CSSProperties;
}

function names(t: Translate, people: readonly Peer[]): string {
  return people.map((p) => personName(t, p)).join(', ');
}
