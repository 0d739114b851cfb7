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
const PERCENT_KEYS = new Set(['share']);

function percent(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n);
}

export function joinOr(items: readonly string[], or: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

export function findingText(
  finding: Finding,
  t: Translate,
  arena: Pick<Arena, 'partners' | 'tags'> & Partial<Pick<Arena, 'actions'>>,
  locale = 'en',
): FindingText {
  const attribute: Attribute | undefined = finding.attribute;
  const subjectKey = finding.rule === 'token' ? finding.subject?.split('/').slice(1).join('/') : finding.subject;
  const category = attribute && subjectKey ? tagLabel(t, attribute, subjectKey, arena.tags) : '';
  const missingLabels = finding.missing
    .slice(0, MAX_MISSING_NAMED)
    .map((k) => tagLabel(t, attribute === 'style' ? 'style' : attribute === 'perspective' || finding.rule === 'missingUserPerspective' ? 'perspective' : 'expertise', k, arena.tags).toLocaleLowerCase(locale));
  const names = finding.partners.map((id) => arena.partners[id]?.name ?? '?');
  const params: Record<string, string | number> = {
    category: category.toLocaleLowerCase(locale),
    attribute: attribute ? t(`attr.${attribute}` as MessageKey).toLocaleLowerCase(locale) : '',
    missing: joinOr(missingLabels, t('analysis.or' as MessageKey)),
    partner: names[0] ?? '',
    partners: names.join(', '),
    action: finding.actionId ? (arena.actions?.[finding.actionId]?.title ?? '') : '',
    other: finding.other?.title ?? '',
    chosen: finding.forms ? t(`governance.form.${finding.forms.chosen}` as MessageKey) : '',
    recommended: finding.forms ? joinOr(finding.forms.recommended.map((f) => t(`governance.form.${f}` as MessageKey)), t('analysis.or' as MessageKey)) : '',
  };
  for (const [key, value] of Object.entries(finding.numbers)) {
    params[key] =
      PERCENT_KEYS.has(key) || (key === 'threshold' && finding.rule !== 'lowVariety')
        ? percent(value, locale)
        : Number.isInteger(value)
          ? value
          : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
  const key = (part: 'title' | 'why' | 'suggestion' | 'source') => findingMessageKey(finding, part, (k) => k in en) as MessageKey;
  const text = (part: 'title' | 'why' | 'suggestion' | 'source') => t(key(part), params);
  return {
    // In a title the category keeps its capital ("One-sided expertise: Safety"); in a sentence it does not.
    title: finding.rule === 'oneSidedExpertise' || finding.rule === 'oneSidedStyle' || finding.rule === 'token' ? t(key('title'), { ...params, category }) : text('title'),
    why: text('why'),
    suggestion: text('suggestion'),
    source: text('source'),
  };
}
