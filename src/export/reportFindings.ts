/**
 * The findings as the report image lists them: in the order the Warnings panel uses (`prioritise`: severe
 * first, the table before actions, rule order), each text once, warnings before notes, accepted ones with
 * the group's reason, and the notes only summarised by their titles: in a report the warnings are the
 * message, the notes are detail. An action's finding names its action in its own title.
 */
import type { Arena } from '../domain/arena';
import { actionsInOrder, prioritise, type Finding, type Severity } from '../domain/analysis';
import type { Translate } from '../i18n';
import { findingText } from '../panels/findingText';

export interface ReportWarning {
  severity: Severity;
  title: string;
  suggestion: string;
  /** The reason it was accepted on purpose; undefined while open. */
  reason?: string;
}

export interface ReportFindings {
  warnings: ReportWarning[];
  accepted: ReportWarning[];
  /** One line per distinct note, in the panel's order. */
  notes: string[];
}

export function reportFindings(findings: readonly Finding[], t: Translate, arena: Arena, locale: string): ReportFindings {
  const order = prioritise(findings, { accepted: arena.acknowledgements, actionOrder: actionsInOrder(arena.actions).map((a) => a.id) });
  const seen = new Set<string>();
  const once = (f: Finding): ReportWarning | null => {
    const text = findingText(f, t, arena, locale);
    const reason = arena.acknowledgements[f.key]?.reason;
    const item: ReportWarning = { severity: f.severity, title: text.title, suggestion: text.suggestion, ...(reason !== undefined && { reason }) };
    const identity = JSON.stringify([item.severity, item.title, text.why, item.suggestion, item.reason ?? null]);
    if (seen.has(identity)) return null;
    seen.add(identity);
    return item;
  };
  const list = (fs: readonly Finding[]) => fs.flatMap((f) => once(f) ?? []);
  return {
    warnings: list([...order.warnings.shown, ...order.warnings.more]),
    accepted: list(order.accepted),
    notes: list([...order.notes.shown, ...order.notes.more]).map((n) => n.title),
  };
}
