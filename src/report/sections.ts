/**
 * What each section of the A4 report says, as plain data in the UI language: no React, no DOM, so every
 * section can be tested on an arena alone. ReportSections.tsx draws them; a section that has nothing to
 * say returns null and is left out.
 *
 * Arena text (titles, names, reasons) is passed through as strings and rendered by React as text.
 */
import { partnersInOrder, INVOLVEMENTS, GOVERNANCE_FORMS, RESOURCE_KINDS, type Arena, type GovernanceForm, type Involvement, type Resource } from '../domain/arena';
import { actionsInOrder, compositionOf, MIN_AT_TABLE, prioritise, type Finding, type Severity } from '../domain/analysis';
import { partnerDependency, suggestedRing, isScore, DEPENDENCIES } from '../domain/dependency';
import { GOVERNANCE_CRITERIA, PARTICIPANTS_FEW_MAX, PARTICIPANTS_MODERATE_MAX, SHARED_MAX_PARTICIPANTS, TENSION_TABLE, governanceFit, participantBand } from '../domain/governance';
import type { TrustMeasures } from '../domain/trust';
import { governanceAdvice } from '../panels/governanceAdvice';
import { ROLES, ROLE_COVERED_FROM, membersInOrder, teamView } from '../domain/roles';
import { placementOf, type Placement } from '../domain/rings';
import { ATTRIBUTES, expertiseColour, type Attribute } from '../domain/vocabularies';
import { tagLabel, type MessageKey } from '../i18n';
import type { ReportTranslate } from '../i18n/useReportT';
import type { Language } from '../store/preferences';
import { findingText, formatNumber, formatPercent, joinOr } from '../panels/findingText';
import type { ReportChanges } from '../versions/reportChanges';

/**
 * What every section is built from. A section that needs more (say, a saved version to compare with) adds
 * an optional field here, which the export dialog fills when asked.
 */
export interface ReportInput {
  arena: Arena;
  /** The findings as the Warnings panel has them (the analysis and the overlaps with other arenas). */
  findings: readonly Finding[];
  t: ReportTranslate;
  language: Language;
  /** The report's date, already written out in the UI language. */
  date: string;
  /** The team roles view is in the report only when the export dialog says so: the answers are personal. */
  includeTeam: boolean;
  /** What changed since a saved version, when the export dialog names one (versions/reportChanges.tsx). */
  changes?: ReportChanges | null;
  /** The trust measured from the ties among the partners at the table (as the advisor has it), if any. */
  trust?: TrustMeasures | null;
}

export interface LabelledText {
  label: string;
  text: string;
}

// ---------------------------------------------------------------- cover

export interface CoverModel {
  kind: string;
  title: string;
  goal: LabelledText;
  date: LabelledText;
  /** The strategic question, one answered part per line; empty when nothing is answered. */
  strategic: LabelledText[];
  strategicHeading: string;
  unanswered: string | null;
  mandate: LabelledText | null;
  figures: LabelledText[];
}

export function buildCover({ arena, findings, t, date }: ReportInput): CoverModel {
  const s = arena.strategic;
  const strategic: LabelledText[] = [];
  if (s.alone) strategic.push({ label: t('strategic.alone'), text: [t(`strategic.alone.${s.alone}`), s.aloneWhy.trim()].filter(Boolean).join(' — ') });
  else if (s.aloneWhy.trim()) strategic.push({ label: t('strategic.alone'), text: s.aloneWhy.trim() });
  const parts: [MessageKey, string][] = [
    ['strategic.complexity', s.complexity],
    ['strategic.result', s.result],
    ['strategic.deadline', s.deadline],
  ];
  for (const [key, value] of parts) if (value.trim()) strategic.push({ label: t(key), text: value.trim() });
  const g = arena.governance;
  const mandate = g.mandated ? { label: t('report.cover.mandated'), text: g.mandateNote.trim() || t('report.cover.mandatedYes') } : null;
  const partners = Object.values(arena.partners);
  const order = prioritise(findings, { accepted: arena.acknowledgements });
  return {
    kind: t('report.cover.kind'),
    title: arena.title.trim() || t('home.untitled'),
    goal: { label: t('report.cover.goal'), text: arena.goal.trim() || t('map.goalEmpty') },
    date: { label: t('report.cover.date'), text: date },
    strategic,
    strategicHeading: t('report.cover.strategic'),
    unanswered: strategic.length === 0 ? t('report.cover.unanswered') : null,
    mandate,
    figures: [
      { label: t('report.cover.onMap'), text: String(partners.filter((p) => p.position).length) },
      { label: t('report.cover.atTable'), text: String(compositionOf(arena).atTable.length) },
      { label: t('report.cover.openWarnings'), text: String(order.warnings.shown.length + order.warnings.more.length) },
      { label: t('report.cover.actions'), text: String(Object.keys(arena.actions).length) },
    ],
  };
}

// ---------------------------------------------------------------- map

export interface MapModel {
  title: string;
  caption: string;
  alt: string;
  /** Partners only in the list, named: the map cannot show them. */
  unplaced: string | null;
}

export function buildMap({ arena, t }: ReportInput): MapModel {
  const unplaced = partnersInOrder(arena).filter((p) => !p.position);
  return {
    title: t('report.map.title'),
    caption: t('report.map.caption'),
    alt: t('report.map.alt', { title: arena.title.trim() || t('home.untitled') }),
    unplaced: unplaced.length ? t('report.map.unplaced', { count: unplaced.length, names: unplaced.map((p) => p.name).join(', ') }) : null,
  };
}

// ---------------------------------------------------------------- composition

export interface BarRow {
  label: string;
  /** 0–1: the share of the tagged partners at the table. */
  share: number;
  /** "3 · 50 %". */
  value: string;
  colour: string;
}

export interface AttributeChart {
  attribute: Attribute;
  heading: string;
  rows: BarRow[];
  /** "Nobody at the table is tagged with this yet." when there are no rows. */
  empty: string | null;
  untagged: string | null;
  diversity: string | null;
}

export interface CompositionModel {
  title: string;
  intro: string;
  atTable: string;
  charts: AttributeChart[];
  /** Said instead of the charts when nobody is at the table. */
  none: string | null;
}

/** Bars of the working style and the perspective are one colour: only expertise has colours on the map. */
const NEUTRAL_BAR = '#4a6fa5';

export function buildComposition({ arena, t, language }: ReportInput): CompositionModel {
  const composition = compositionOf(arena);
  const charts = ATTRIBUTES.map((attribute): AttributeChart => {
    const data = composition.attributes[attribute];
    const rows = [...data.categories]
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
      .map((c) => ({
        label: tagLabel(t, attribute, c.key, arena.tags),
        share: c.share,
        value: `${c.count} · ${formatPercent(c.share, language)}`,
        colour: attribute === 'expertise' ? expertiseColour(c.key) : NEUTRAL_BAR,
      }));
    const diversity =
      attribute === 'expertise' && data.tagged > 0
        ? t('report.composition.diversity', {
            score: new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(data.diversity),
            vocabularySize: data.vocabularySize,
          })
        : null;
    return {
      attribute,
      heading: t(`attr.${attribute}`),
      rows,
      empty: rows.length ? null : t('composition.none'),
      untagged: data.untagged.length ? t('composition.untagged', { count: data.untagged.length }) : null,
      diversity,
    };
  });
  return {
    title: t('composition.title'),
    intro: t('report.composition.intro'),
    atTable: t('composition.atTable', { count: composition.atTable.length }),
    charts,
    none: composition.atTable.length === 0 ? t('report.composition.none') : null,
  };
}

// ---------------------------------------------------------------- findings

export interface FindingItem {
  severity: Severity;
  severityLabel: string;
  title: string;
  why: string;
  suggestion: string;
  source: string;
  /** For an accepted finding: the group's reason (or that none was written). */
  reason: string | null;
}

export interface FindingGroup {
  heading: string;
  kind: 'open' | 'accepted' | 'notes';
  items: FindingItem[];
}

export interface FindingsModel {
  title: string;
  groups: FindingGroup[];
  /**
   * Said above the findings: that the composition rules wait for more partners at the table, or, when
   * nothing is found, that nothing is one-sided.
   */
  notice: string | null;
  labels: { why: string; suggestion: string; reason: string; source: string };
}

/**
 * Every finding once, in the Warnings panel's order (prioritise): open warnings, then those the group
 * accepted on purpose with its reason, then the notes. Unlike the panel, nothing is folded away: paper
 * has no "show more".
 */
export function buildFindings({ arena, findings, t, language }: ReportInput): FindingsModel {
  const order = prioritise(findings, { accepted: arena.acknowledgements, actionOrder: actionsInOrder(arena.actions).map((a) => a.id) });
  const seen = new Set<string>();
  const items = (list: readonly Finding[], accepted: boolean): FindingItem[] =>
    list.flatMap((f) => {
      const text = findingText(f, t, arena, language);
      const reason = accepted ? arena.acknowledgements[f.key]?.reason.trim() || t('report.findings.noReason') : null;
      const identity = JSON.stringify([f.severity, text.title, text.why, text.suggestion, reason]);
      if (seen.has(identity)) return [];
      seen.add(identity);
      return [{ severity: f.severity, severityLabel: t(`severity.${f.severity}`), ...text, reason }];
    });
  const open = items([...order.warnings.shown, ...order.warnings.more], false);
  const accepted = items(order.accepted, true);
  const notes = items([...order.notes.shown, ...order.notes.more], false);
  const groups: FindingGroup[] = [];
  if (open.length) groups.push({ kind: 'open', heading: t('report.findings.open', { count: open.length }), items: open });
  if (accepted.length) groups.push({ kind: 'accepted', heading: t('report.findings.accepted', { count: accepted.length }), items: accepted });
  if (notes.length) groups.push({ kind: 'notes', heading: t('report.findings.notes', { count: notes.length }), items: notes });
  const atTable = compositionOf(arena).atTable.length;
  const tooFew = atTable < MIN_AT_TABLE;
  return {
    title: t('report.findings.title'),
    groups,
    notice: tooFew ? t('report.findings.tooFew', { min: MIN_AT_TABLE, count: atTable }) : groups.length ? null : t('warnings.allClear'),
    labels: { why: t('report.findings.why'), suggestion: t('report.findings.suggestion'), reason: t('report.findings.reason'), source: t('report.findings.source') },
  };
}

// ---------------------------------------------------------------- actions

export interface ActionRow {
  partner: string;
  ring: string;
  involvement: Involvement;
  involvementLabel: string;
}

export interface ActionBlock {
  title: string;
  description: string;
  rows: ActionRow[];
  empty: string | null;
}

export interface ActionsModel {
  title: string;
  intro: string;
  columns: { partner: string; ring: string; involvement: string };
  actions: ActionBlock[];
  none: string | null;
  /** Partners at the table who take part in no action (once there are actions). */
  notInvolved: string | null;
}

const ringLabel = (t: ReportTranslate, placement: Placement) => t(`ring.${placement}`);

/** Each action with its partners from the top of the ladder down (co-decides first), in list order within a rung. */
export function buildActions({ arena, t }: ReportInput): ActionsModel {
  const partners = partnersInOrder(arena);
  const actions = actionsInOrder(arena.actions).map((action): ActionBlock => {
    const rows = INVOLVEMENTS.flatMap((rung) =>
      partners
        .filter((p) => action.involvement[p.id] === rung)
        .map((p) => ({ partner: p.name, ring: ringLabel(t, placementOf(p.position)), involvement: rung, involvementLabel: t(`involvement.${rung}`) })),
    );
    return { title: action.title, description: action.description.trim(), rows, empty: rows.length ? null : t('report.actions.nobody') };
  });
  const involved = new Set(actions.length ? Object.values(arena.actions).flatMap((a) => Object.keys(a.involvement)) : []);
  const idle = actions.length ? partners.filter((p) => ['core', 'complementary'].includes(placementOf(p.position)) && !involved.has(p.id)) : [];
  return {
    title: t('report.actions.title'),
    intro: t('report.actions.intro'),
    columns: { partner: t('report.actions.partner'), ring: t('report.actions.ring'), involvement: t('report.actions.involvement') },
    actions,
    none: actions.length ? null : t('report.actions.none'),
    notInvolved: idle.length ? t('report.actions.notInvolved', { names: idle.map((p) => p.name).join(', ') }) : null,
  };
}

// ---------------------------------------------------------------- dependency

export interface DependencyRowModel {
  partner: string;
  resources: string[];
  dependency: string;
  level: (typeof DEPENDENCIES)[number];
  ring: string;
  suggested: string;
  /** The partner sits outside the ring(s) the worksheet suggests. */
  elsewhere: boolean;
}

export interface DependencyModel {
  title: string;
  intro: string;
  columns: { partner: string; resources: string; dependency: string; ring: string; suggested: string };
  rows: DependencyRowModel[];
  none: string | null;
  elsewhereLabel: string;
}

/** The partners whose resources are assessed, the most depended on first, then in list order. */
export function buildDependency({ arena, t }: ReportInput): DependencyModel {
  const rank = { high: 0, limited: 1, none: 2 } as const;
  const rows = partnersInOrder(arena)
    .map((p) => ({ p, dependency: partnerDependency(p) }))
    .filter((x): x is { p: (typeof x)['p']; dependency: NonNullable<(typeof x)['dependency']> } => x.dependency !== null)
    .sort((a, b) => rank[a.dependency] - rank[b.dependency])
    .map(({ p, dependency }): DependencyRowModel => {
      const placement = placementOf(p.position);
      const suggested = suggestedRing(dependency);
      return {
        partner: p.name,
        resources: resourcesInOrder(p.resources)
          .filter((r) => isScore(r.importance) && isScore(r.replaceability))
          .map((r) => t('report.dependency.resource', { kind: t(`resource.${r.kind}`), importance: r.importance, replaceability: r.replaceability })),
        dependency: t(`dependency.${dependency}`),
        level: dependency,
        ring: ringLabel(t, placement),
        suggested: suggested.map((r) => ringLabel(t, r)).join(` ${t('report.dependency.or')} `),
        elsewhere: placement !== 'unplaced' && !(suggested as readonly string[]).includes(placement),
      };
    });
  return {
    title: t('report.dependency.title'),
    intro: t('report.dependency.intro'),
    columns: {
      partner: t('report.dependency.partner'),
      resources: t('report.dependency.resources'),
      dependency: t('report.dependency.dependency'),
      ring: t('report.dependency.ring'),
      suggested: t('report.dependency.suggested'),
    },
    rows,
    none: rows.length ? null : t('report.dependency.none'),
    elsewhereLabel: t('report.dependency.elsewhere'),
  };
}

/** Resources have no creation time of their own: listed by kind in the worksheet's order, then by id. */
function resourcesInOrder(resources: Record<string, Resource> | undefined): Resource[] {
  return Object.values(resources ?? {}).sort((a, b) => RESOURCE_KINDS.indexOf(a.kind) - RESOURCE_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- governance

export interface GovernanceModel {
  title: string;
  chosen: string;
  columns: { criterion: string; yours: string; forms: { label: string; chosen: boolean; best: boolean }[] };
  /** `closeness`: 1 fits, ½ one step off, 0 does not, null unknown (domain/governance.ts). */
  rows: { criterion: string; yours: string; cells: { text: string; closeness: number | null }[] }[];
  fitRow: { label: string; cells: string[] };
  advice: string;
  reasoningHeading: string;
  reasoning: string[];
  tensionsHeading: string;
  tensions: LabelledText[];
  source: string;
  fitsLabel: string;
  chosenMark: string;
}

/** The Provan & Kenis table with this network's values and fits, the advice, and why. */
export function buildGovernance({ arena, t, language, trust = null }: ReportInput): GovernanceModel {
  const fit = governanceFit(arena, undefined, trust);
  const { recommendation: rec, values } = fit;
  const num = (n: number) => formatNumber(n, language);
  const nameOf = (id: string) => arena.partners[id]?.name ?? '';
  const formLabel = (f: GovernanceForm) => t(`governance.form.${f}`);
  const measured = values.trustSource === 'measured';
  const yours = (c: (typeof GOVERNANCE_CRITERIA)[number]): string => {
    if (c === 'participants') return values.participants ? t('governance.participants.count', { count: values.participants }) : '—';
    const v = values[c];
    if (!v) return '—';
    const text = t(`governance.${c}.${v}` as MessageKey);
    return c === 'trust' && measured ? `${text} (${t('governance.measuredMark')})` : text;
  };
  const { advice, reasons } = governanceAdvice(fit, t, nameOf, num);
  const reasoning = [t('report.governance.explain'), ...reasons];
  if (values.consensus === 'low') reasoning.push(t('governance.consensusLow'));
  if (participantBand(values.participants)) {
    reasoning.push(
      t('governance.bands', { few: PARTICIPANTS_FEW_MAX, moderateMin: PARTICIPANTS_FEW_MAX + 1, moderateMax: PARTICIPANTS_MODERATE_MAX, manyMin: PARTICIPANTS_MODERATE_MAX + 1 }),
    );
  }
  return {
    title: t('report.governance.title'),
    chosen: fit.chosen ? t('report.governance.chosen', { form: formLabel(fit.chosen) }) : t('report.governance.notChosen'),
    columns: {
      criterion: t('report.governance.criterion'),
      yours: t('governance.yours'),
      forms: GOVERNANCE_FORMS.map((f) => ({ label: formLabel(f), chosen: fit.chosen === f, best: rec.best.includes(f) })),
    },
    rows: GOVERNANCE_CRITERIA.map((c) => ({
      criterion: t(`governance.criterion.${c}`),
      yours: yours(c),
      cells: GOVERNANCE_FORMS.map((f) => ({ text: t(`governance.table.${f}.${c}`), closeness: rec.closeness[f][c] })),
    })),
    fitRow: {
      label: t('report.governance.fitRow'),
      cells: GOVERNANCE_FORMS.map((f) =>
        rec.ruledOut.includes(f)
          ? t('governance.ruledOut', { max: SHARED_MAX_PARTICIPANTS })
          : rec.known.length
            ? t('governance.matches', { score: num(rec.scores[f]), known: rec.known.length })
            : '—',
      ),
    },
    advice,
    reasoningHeading: t('report.governance.reasoning'),
    reasoning,
    tensionsHeading: t('governance.tensions'),
    tensions: TENSION_TABLE.map((x) => ({ label: t(x.title as MessageKey), text: t(x.explanation as MessageKey) })),
    source: t('governance.source'),
    fitsLabel: t('report.governance.fits'),
    chosenMark: t('governance.chosenMark'),
  };
}

// ---------------------------------------------------------------- team roles

export interface TeamModel {
  title: string;
  columns: { role: string; coveredBy: string };
  rows: { role: string; description: string; coveredBy: string; covered: boolean }[];
  summary: string;
  overloaded: string[];
  how: string;
}

/** Only when the export dialog includes the team, and someone filled in the self-check. */
export function buildTeam({ arena, t, includeTeam }: ReportInput): TeamModel | null {
  if (!includeTeam) return null;
  const members = membersInOrder(arena.team);
  if (members.length === 0) return null;
  const view = teamView(members);
  const nameOf = (id: string) => arena.team[id]?.name ?? '';
  const roleName = (r: (typeof ROLES)[number]) => t(`roles.name.${r}`);
  return {
    title: t('report.team.title'),
    columns: { role: t('report.team.role'), coveredBy: t('report.team.coveredBy') },
    rows: ROLES.map((r) => ({
      role: roleName(r),
      description: t(`roles.description.${r}`),
      coveredBy: view.coveredBy[r].length ? joinOr(view.coveredBy[r].map(nameOf), t('team.and')) : t('team.nobody'),
      covered: view.coveredBy[r].length > 0,
    })),
    summary: view.uncovered.length ? t('roles.uncovered', { roles: joinOr(view.uncovered.map(roleName), t('team.and')) }) : t('roles.allCovered'),
    overloaded: view.overloaded.map((id) => t('roles.overloaded', { name: nameOf(id) })),
    how: t('roles.how', { min: ROLE_COVERED_FROM }),
  };
}
