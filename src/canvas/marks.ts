/**
 * The marks a partner carries on the map, in the legend and in the exported image: one symbol for its
 * style and a letter per perspective, so neither rests on colour. This is their one source.
 *
 * Perspective letters are the initial of the perspective's name in the UI language (`mark.perspective.*`
 * in i18n): English initials in the Dutch UI misled, "G" (government) read as *gebruiker* (user). Letters
 * keep perspectives apart from the style symbols at a glance. Style symbols need no words; all of them
 * are in DejaVu Sans (Linux's usual default font) as well as in the Windows and macOS system fonts.
 */
import { STYLE_MARKS } from '../domain/vocabularies';
import type { MessageKey, Translate } from '../i18n';
import { en } from '../i18n/en';

/** For an own style or perspective tag of the arena, which has no mark of its own. */
export const OWN_STYLE_MARK = '◇';
export const OWN_PERSPECTIVE_MARK = '○';

export function styleMark(key: string): string {
  return Object.hasOwn(STYLE_MARKS, key) ? STYLE_MARKS[key as keyof typeof STYLE_MARKS] : OWN_STYLE_MARK;
}

export function perspectiveMark(t: Translate, key: string): string {
  const messageKey = `mark.perspective.${key}`;
  return Object.hasOwn(en, messageKey) ? t(messageKey as MessageKey) : OWN_PERSPECTIVE_MARK;
}
