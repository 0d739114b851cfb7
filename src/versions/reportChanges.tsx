/**
 * The report's section "What changed since “version”", shown when the export dialog names a saved version:
 * the difference between that version and the arena as the report prints it (domain/versionDiff.ts), as
 * lists in the UI language. The builder is plain data (tested on its own); the view prints it like the
 * report's other sections.
 */
import type { Arena } from '../domain/arena';
import { countChanges, isEmptyDiff, type ArenaDiff } from '../domain/versionDiff';
import { placementOf } from '../domain/rings';
import { tagLabel } from '../i18n';
import { versionsTranslator } from '../i18n/useVersionsT';
import { findingText } from '../panels/findingText';
import type { ReportInput } from '../report/sections';

/** What the export dialog hands the report when it asks for the changes. */
export interface ReportChanges {
  /** The version's name and its date written out in the UI language. */
  since: string;
  date: string;
  before: Arena;
  diff: ArenaDiff;
}

export interface ChangesModel {
  title: string;
  intro: string;
  /** Only the groups with something in them; none when nothing changed. */
  groups: { heading: string; items: string[] }[];
  nothing: string | null;
}

export function buildChanges(input: ReportInput): ChangesModel | null {
  const changes = input.changes;
  if (!changes) return null;
  const t = versionsTranslator(input.t, input.language);
  const { diff, before } = changes;
  const after = input.arena;
  const ring = (p: { position: Arena['partners'][string]['position'] }) => t(`ring.${placementOf(p.position)}`);
  const named = (name: string, detail: string) => `${name} — ${detail}`;
  const retagged = diff.changed.filter((c) => c.tagsAdded.length + c.tagsRemoved.length > 0 || c.mainChanged || c.renamed);
  const groups = [
    { heading: t('compare.joined'), items: diff.joined.map((p) => named(p.name, ring(p))) },
    { heading: t('compare.left'), items: diff.left.map((p) => named(p.name, t('report.changes.was', { ring: ring(p) }))) },
    {
      heading: t('compare.moved'),
      items: diff.changed.filter((c) => c.ring).map((c) => named(c.after.name, t('compare.ringMove', { from: t(`ring.${c.ring!.from}`), to: t(`ring.${c.ring!.to}`) }))),
    },
    {
      heading: t('compare.tags'),
      items: retagged.map((c) =>
        named(
          c.after.name,
          [
            ...c.tagsAdded.map((r) => `+ ${tagLabel(t, r.attribute, r.key, after.tags)}`),
            ...c.tagsRemoved.map((r) => `− ${tagLabel(t, r.attribute, r.key, before.tags)}`),
            ...(c.mainChanged ? [t('compare.mainChanged')] : []),
            ...(c.renamed ? [t('compare.renamed', { name: c.before.name })] : []),
          ].join(', '),
        ),
      ),
    },
    { heading: t('compare.findingsAppeared'), items: diff.findingsAppeared.map((f) => findingText(f, t, after, input.language).title) },
    { heading: t('compare.findingsResolved'), items: diff.findingsResolved.map((f) => findingText(f, t, before, input.language).title) },
    { heading: t('compare.actionsAdded'), items: diff.actionsAdded.map((a) => a.title) },
    { heading: t('compare.actionsClosed'), items: diff.actionsClosed.map((a) => a.title) },
  ].filter((g) => g.items.length > 0);
  return {
    title: t('report.changes.title', { name: changes.since }),
    intro: t('report.changes.intro', { name: changes.since, date: changes.date, summary: t('compare.summary', countChanges(diff)) }),
    groups,
    nothing: isEmptyDiff(diff) ? t('compare.nothing') : null,
  };
}

export function ChangesSection({ model }: { model: ChangesModel }) {
  return (
    <section className="report-section report-changes" aria-labelledby="report-changes-title">
      <h2 id="report-changes-title">{model.title}</h2>
      <p className="report-intro">{model.intro}</p>
      {model.nothing && <p>{model.nothing}</p>}
      {model.groups.map((g) => (
        <div key={g.heading} className="report-changes-group">
          <h3>{g.heading}</h3>
          <ul>
            {g.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
