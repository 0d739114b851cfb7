/**
 * The findings as the report image lists them: each text once, warnings before notes (severe first, the
 * analysis's own order within a severity), accepted ones with the group's reason, and the notes only
 * summarised by their titles: in a report the warnings are the message, the notes are detail.
 */
import type { Arena } from '../domain/arena';
import { SEVERITY_ORDER, type Finding, type Severity } from '../domain/analysis';
import type { Translate } from '../i18n';
import { findingText } from '../panels/findingText';

export interface ReportWarning {
  severity: Severity;
  title: string;
  /** "In action “…”" when the finding is about an action whose title does not already say so. */
  context: string;
  suggestion: string;
  /** The reason it was accepted on purpose; undefined while open. */
  reason?: string;
}

export interface ReportFindings {
  warnings: ReportWarning[];
  accepted: ReportWarning[];
  /** One line per distinct note, in the analysis's order. */
  notes: string[];
}

export function reportFindings(findings: readonly Finding[], t: Translate, arena: Arena, locale: string): ReportFindings {
  const seen = new Set<string>();
  const seenNotes = new Set<string>();
  const warnings: ReportWarning[] = [];
  const accepted: ReportWarning[] = [];
  const notes: string[] = [];
  const ordered = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const f of ordered) {
    const text = findingText(f, t, arena, locale);
    const actionTitle = f.actionId ? arena.actions?.[f.actionId]?.title : undefined;
    const context = actionTitle && !text.title.includes(actionTitle) ? t('analysis.inAction', { action: actionTitle }) : '';
    const reason = arena.acknowledgements[f.key]?.reason;
    const item: ReportWarning = { severity: f.severity, title: text.title, context, suggestion: text.suggestion, ...(reason !== undefined && { reason }) };
    const identity = JSON.stringify([item.severity, item.context, item.title, text.why, item.suggestion, item.reason ?? null]);
    if (seen.has(identity)) continue;
    seen.add(identity);
    if (reason !== undefined) accepted.push(item);
    else if (f.severity === 'info') {
      const line = context ? `${context}: ${text.title}` : text.title;
      if (!seenNotes.has(line)) notes.push(line);
      seenNotes.add(line);
    } else warnings.push(item);
  }
  return { warnings, accepted, notes };
}
