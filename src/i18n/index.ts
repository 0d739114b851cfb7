/**
 * Tiny i18n: one flat message table per language, looked up by key. Tag labels are looked up by key too,
 * so the stored document never holds a label in one language.
 */
import { en, type MessageKey, type Messages } from './en';
import { format } from './format';
import type { Attribute } from '../domain/vocabularies';
import { isCustomKey } from '../domain/vocabularies';
import type { CustomTag } from '../domain/arena';

export type { MessageKey, Messages };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `messages` may lack keys: the English table before its analysis texts are loaded (analysisTexts.ts). */
export function translator(messages: Partial<Messages>): Translate {
  return (key, params) => format(messages[key] ?? key, params);
}

export const t: Translate = translator(en);

/** Label of a tag key: a default key via the message table, a custom key via the arena's own tags. */
export function tagLabel(
  tr: Translate,
  attribute: Attribute,
  key: string,
  customTags: Record<string, CustomTag>,
): string {
  if (isCustomKey(key)) return customTags[key]?.label ?? tr('tag.unknown');
  const msgKey = `tag.${attribute}.${key}` as MessageKey;
  return msgKey in en ? tr(msgKey) : key;
}
