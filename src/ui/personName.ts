import type { Translate } from '../i18n';
import type { Person } from '../store/presenceStore';

/** How a person in a shared arena is named: the name they gave, or "Guest 3". */
export function personName(t: Translate, person: Person): string {
  return person.name || t('presence.guest', { n: person.guest });
}
