import type { CSSProperties } from 'react';
import { usePresenceStore } from '../store/presenceStore';
import { useT } from '../i18n/useT';
import { personName } from '../ui/personName';

/** Names on the projector; past this many, "+N". */
const SHOWN = 12;

/**
 * Who is here, on the projector (presentation mode's bar): each first name on its colour, so the room
 * sees its own names and recognises the colours on the map. Nothing for a local arena.
 */
export function PresentPeople() {
  const t = useT();
  const people = usePresenceStore((s) => s.people);
  if (people.length === 0) return null;
  const rest = people.length - SHOWN;
  return (
    <ul className="present-people" aria-label={t('presence.here')}>
      {people.slice(0, SHOWN).map((p) => (
        <li key={p.clientId} className="person-chip" style={{ '--person': p.colour } as CSSProperties}>
          {personName(t, p)}
        </li>
      ))}
      {rest > 0 && <li className="person-chip is-more">{t('presence.more', { count: rest })}</li>}
    </ul>
  );
}
