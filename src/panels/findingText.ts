/** Turns a finding (keys and numbers) into the sentences a coordinator reads, in the UI language. */
import type { Arena } from '../domain/arena';
import type { Finding } from '../domain/analysis';
import { findingMessageKey } from '../domain/analysis';
import { en } from '../i18n/en';
import type { Attribute } from '../domain/vocabularies';
import { tagLabel, type MessageKey, type Translate } from '../i18n';

export interface FindingText {
  title: string;
  why: string;
  suggestion: string;
  source: string;
}

const MAX_MISSING_NAMED = 4;
/** Lone voices named in a title; the sentence below names them all. */
const MAX_CATEGORIES_IN_TITLE = 4;
const PERCENT_KEYS = new Set(['share']);

/**
 * A share as a percentage in the UI language: "67%" in English, "67 %" in Dutch (with a no-break space,
 * as Dutch writes it; Intl leaves the space out).
 */
export function formatPercent(share: number, locale: string): string {
  const whole = numberFormat(locale, 0).format(Math.round(share * 100));
  return locale.startsWith('nl') ? `${whole}\u00a0%` : `${whole}%`;
}

/** A number with at most `digits` decimals in the UI language ("0.5", Dutch "0,5"). */
export function formatNumber(n: number, locale: string, digits = 2): string {
  return numberFormat(locale, digits).format(n);
}

/**
 * Making an Intl.NumberFormat costs far more than using one: every finding's text formats its shares, and
 * on a projector a remote change re-renders them all (a profile of thirty arrivals found 43 ms in making them).
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
  return format;
}

export function joinOr(items: readonly string[], or: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

/** The first `max` items joined with commas, then "and N more". */
function listed(items: readonly string[], max: number, t: Translate): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} ${t('analysis.andMore', { count: items.length - max })}`;
}

export function findingText(
  finding: Finding,
  t: Translate,
  arena: Pick<Arena, 'partners' | 'tags'> & Partial<Pick<Arena, 'actions'>>,
  locale = 'en',
): FindingText {
  const attribute: Attribute | undefined = finding.attribute;
  const label = (attr: Attribute, key: string) => tagLabel(t, attr, key, arena.tags);
  const quoted = (text: string) => t('analysis.quoted', { label: text });
  const nameOf = (id: string) => arena.partners[id]?.name ?? '?';
  const missingAttribute: Attribute =
    attribute === 'style' ? 'style' : attribute === 'perspective' || finding.rule === 'missingUserPerspective' ? 'perspective' : 'expertise';
  const categories = finding.categories ?? [];
  const names = finding.partners.map(nameOf);
  const params: Record<string, string | number> = {
    // Labels keep their own case ("Care / support", "Verbindend / gemeenschapsopbouw"); sentences quote them.
    category: attribute && finding.subject ? label(attribute, finding.subject) : '',
    attribute: attribute ? t(`attr.${attribute}` as MessageKey).toLocaleLowerCase(locale) : '',
    missing: joinOr(
      finding.missing.slice(0, MAX_MISSING_NAMED).map((k) => quoted(label(missingAttribute, k))),
      t('analysis.or'),
    ),
    categories: listed(
      categories.map((c) => label(c.attribute, c.key)),
      MAX_CATEGORIES_IN_TITLE,
      t,
    ),
    voices: categories.map((c) => `${quoted(label(c.attribute, c.key))} (${c.partners.map(nameOf).join(', ')})`).join('; '),
    partner: names[0] ?? '',
    partners: names.join(', '),
    action: finding.actionId ? (arena.actions?.[finding.actionId]?.title ?? '') : '',
    other: finding.other?.title ?? '',
    chosen: finding.forms ? t(`governance.form.${finding.forms.chosen}` as MessageKey) : '',
    recommended: finding.forms ? joinOr(finding.forms.recommended.map((f) => t(`governance.form.${f}` as MessageKey)), t('analysis.or')) : '',
  };
  for (const [key, value] of Object.entries(finding.numbers)) {
    params[key] =
      PERCENT_KEYS.has(key) || (key === 'threshold' && finding.rule !== 'lowVariety')
        ? formatPercent(value, locale)
        : formatNumber(value, locale);
  }
  if (finding.rule === 'overlappingArena' && finding.numbers.jaccard !== undefined && finding.numbers.jaccard > 0) {
    // The Jaccard similarity in words: "4 of the 6 partners at the two tables sit at both (67 %)".
    params.similarity = formatPercent(finding.numbers.jaccard, locale);
    params.union = formatNumber(Math.round((finding.numbers.shared ?? 0) / finding.numbers.jaccard), locale);
  }
  const key = (part: 'title' | 'why' | 'suggestion' | 'source') => findingMessageKey(finding, part, (k) => k in en) as MessageKey;
  const text = (part: 'title' | 'why' | 'suggestion' | 'source') => t(key(part), params);
  return { title: text('title'), why: text('why'), suggestion: text('suggestion'), source: text('source') };
}
