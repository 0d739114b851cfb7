/**
 * Compare: two saved versions of an arena, or a version and the arena as it is now. The difference comes
 * from domain/versionDiff.ts; here it is shown as one map with the changes marked (or the two maps side by
 * side) and as lists: partners who joined, left, changed ring or tags; findings that appeared or were
 * resolved; actions added or closed. A partner in a list lights up on the map while it is focused or
 * hovered, and stays lit when pressed. Nothing here writes.
 */
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import './versions.css';
import type { Arena } from '../domain/arena';
import { diffArenas, countChanges, isEmptyDiff, type ArenaDiff, type TagRef } from '../domain/versionDiff';
import { placementOf } from '../domain/rings';
import type { Finding } from '../domain/analysis';
import { loadArena } from '../persistence/repository';
import { loadVersion, useVersions, type VersionSummary } from '../persistence/versions';
import { tagLabel } from '../i18n';
import { useLanguage } from '../i18n/useT';
import { useVersionsT, type VersionsTranslate } from '../i18n/useVersionsT';
import { arenaHref, navigate } from '../app/route';
import { compareHref, NOW_KEY } from './routes';
import { findingText } from '../panels/findingText';
import { DiffLegend, DiffMap } from './DiffMap';
import { formatDate } from './formatDate';

interface Side {
  name: string;
  /** When the version was saved (none for "now"). */
  date?: string;
  arena: Arena;
}

type State = { status: 'loading' } | { status: 'missing' } | { status: 'error'; reason: string } | { status: 'ready'; a: Side; b: Side };

async function loadSide(arenaId: string, key: string, t: VersionsTranslate, locale: string): Promise<Side | undefined> {
  if (key === NOW_KEY) {
    const arena = await loadArena(arenaId);
    return arena && { name: t('compare.now'), arena };
  }
  const version = await loadVersion(key);
  if (!version || version.arenaId !== arenaId) return undefined;
  return { name: version.name, date: formatDate(version.savedAt, locale), arena: version.arena };
}

export function CompareScreen({ arenaId, from, to }: { arenaId: string; from: string; to: string }) {
  const t = useVersionsT();
  const language = useLanguage();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [view, setView] = useState<'one' | 'side'>('one');
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    Promise.all([loadSide(arenaId, from, t, language), loadSide(arenaId, to, t, language)]).then(
      ([a, b]) => live && setState(a && b ? { status: 'ready', a, b } : { status: 'missing' }),
      (error: unknown) => live && setState({ status: 'error', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // t changes with the language only: the names of "now" follow it on the next load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [arenaId, from, to]);

  return (
    <div className="compare-screen">
      <header className="compare-header">
        <a className="back-link" href={arenaHref(arenaId)}>
          ← {t('versions.backToArena')}
        </a>
        <div className="compare-titles">
          <h1>{t('compare.title')}</h1>
          {state.status === 'ready' && (
            <p className="muted">
              {state.b.arena.title} · {t('compare.fromTo', { from: state.a.name, to: state.b.name })}
            </p>
          )}
        </div>
        <Pickers arenaId={arenaId} from={from} to={to} t={t} />
        <fieldset className="compare-view">
          <legend className="label">{t('compare.view')}</legend>
          <label>
            <input type="radio" name="compare-view" checked={view === 'one'} onChange={() => setView('one')} /> {t('compare.oneMap')}
          </label>
          <label>
            <input type="radio" name="compare-view" checked={view === 'side'} onChange={() => setView('side')} /> {t('compare.sideBySide')}
          </label>
        </fieldset>
      </header>
      {state.status === 'loading' && <p className="muted compare-message">{t('compare.loading')}</p>}
      {state.status === 'missing' && <p role="alert" className="compare-message">{t('compare.missing')}</p>}
      {state.status === 'error' && <p role="alert" className="compare-message">{t('editor.loadError', { reason: state.reason })}</p>}
      {state.status === 'ready' && <Comparison a={state.a} b={state.b} view={view} t={t} />}
    </div>
  );
}

function Pickers({ arenaId, from, to, t }: { arenaId: string; from: string; to: string; t: VersionsTranslate }) {
  const versions = useVersions(arenaId);
  const fromId = useId();
  const toId = useId();
  if (versions.status !== 'ready') return null;
  const options = (withNow: boolean) => (
    <>
      {withNow && <option value={NOW_KEY}>{t('versions.now')}</option>}
      {versions.value.map((v: VersionSummary) => (
        <option key={v.id} value={v.id}>
          {v.name}
        </option>
      ))}
    </>
  );
  return (
    <div className="compare-pickers">
      <label htmlFor={fromId} className="label">
        {t('versions.from')}
      </label>
      <select id={fromId} value={from} onChange={(e) => navigate(compareHref(arenaId, e.target.value, to))}>
        {options(from === NOW_KEY)}
      </select>
      <label htmlFor={toId} className="label">
        {t('versions.to')}
      </label>
      <select id={toId} value={to} onChange={(e) => navigate(compareHref(arenaId, from, e.target.value))}>
        {options(true)}
      </select>
    </div>
  );
}

function Comparison({ a, b, view, t }: { a: Side; b: Side; view: 'one' | 'side'; t: VersionsTranslate }) {
  const diff = useMemo(() => diffArenas(a.arena, b.arena), [a.arena, b.arena]);
  const [hover, setHover] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const highlight = hover ?? pinned;
  const counts = countChanges(diff);
  const mapProps = { a: a.arena, b: b.arena, diff, highlight, t };
  return (
    <div className="compare-body" data-view={view}>
      <div className="compare-maps">
        {view === 'one' ? (
          <DiffMap {...mapProps} mode="both" label={t('compare.mapLabel', { name: b.name })} />
        ) : (
          <div className="compare-pair">
            <figure>
              <figcaption>
                {a.name} {a.date && <span className="muted">· {a.date}</span>}
              </figcaption>
              <DiffMap {...mapProps} mode="before" label={t('compare.mapLabel', { name: a.name })} />
            </figure>
            <figure>
              <figcaption>
                {b.name} {b.date && <span className="muted">· {b.date}</span>}
              </figcaption>
              <DiffMap {...mapProps} mode="after" label={t('compare.mapLabel', { name: b.name })} />
            </figure>
          </div>
        )}
        <DiffLegend t={t} />
      </div>
      <aside className="compare-changes" aria-label={t('compare.title')}>
        <p className="compare-summary" role="status">
          {isEmptyDiff(diff) ? t('compare.nothing') : t('compare.summary', counts)}
        </p>
        <ChangeLists diff={diff} a={a.arena} b={b.arena} t={t} onHover={setHover} pinned={pinned} onPin={(id) => setPinned(pinned === id ? null : id)} />
      </aside>
    </div>
  );
}

function ChangeLists({
  diff,
  a,
  b,
  t,
  onHover,
  pinned,
  onPin,
}: {
  diff: ArenaDiff;
  a: Arena;
  b: Arena;
  t: VersionsTranslate;
  onHover(id: string | null): void;
  pinned: string | null;
  onPin(id: string): void;
}) {
  const language = useLanguage();
  const ring = (p: { position: Arena['partners'][string]['position'] }) => t(`ring.${placementOf(p.position)}`);
  const tag = (ref: TagRef, arena: Arena) => tagLabel(t, ref.attribute, ref.key, arena.tags);
  const item = (id: string, status: string, name: string, detail: ReactNode) => (
    <li key={id}>
      <button
        type="button"
        className={`compare-item is-${status}`}
        aria-pressed={pinned === id}
        onFocus={() => onHover(id)}
        onBlur={() => onHover(null)}
        onMouseEnter={() => onHover(id)}
        onMouseLeave={() => onHover(null)}
        onClick={() => onPin(id)}
      >
        <span className="compare-item-name">{name}</span> <span className="muted">{detail}</span>
      </button>
    </li>
  );
  const moved = diff.changed.filter((c) => c.ring);
  const retagged = diff.changed.filter((c) => c.tagsAdded.length + c.tagsRemoved.length > 0 || c.mainChanged || c.renamed);
  const findings = (list: Finding[], arena: Arena) => list.map((f) => <li key={f.key} className={`compare-finding is-${f.severity}`}>{findingText(f, t, arena, language).title}</li>);
  return (
    <>
      <Section title={t('compare.joined')} count={diff.joined.length} t={t}>
        {diff.joined.map((p) => item(p.id, 'joined', p.name, ring(p)))}
      </Section>
      <Section title={t('compare.left')} count={diff.left.length} t={t}>
        {diff.left.map((p) => item(p.id, 'left', p.name, ring(p)))}
      </Section>
      <Section title={t('compare.moved')} count={moved.length} t={t}>
        {moved.map((c) => item(c.id, 'moved', c.after.name, t('compare.ringMove', { from: t(`ring.${c.ring!.from}`), to: t(`ring.${c.ring!.to}`) })))}
      </Section>
      <Section title={t('compare.tags')} count={retagged.length} t={t}>
        {retagged.map((c) =>
          item(
            c.id,
            'tags',
            c.after.name,
            [
              ...c.tagsAdded.map((r) => `+ ${tag(r, b)}`),
              ...c.tagsRemoved.map((r) => `− ${tag(r, a)}`),
              ...(c.mainChanged ? [t('compare.mainChanged')] : []),
              ...(c.renamed ? [t('compare.renamed', { name: c.before.name })] : []),
            ].join(', '),
          ),
        )}
      </Section>
      <Section title={t('compare.findingsAppeared')} count={diff.findingsAppeared.length} t={t}>
        {findings(diff.findingsAppeared, b)}
      </Section>
      <Section title={t('compare.findingsResolved')} count={diff.findingsResolved.length} t={t}>
        {findings(diff.findingsResolved, a)}
      </Section>
      <Section title={t('compare.actionsAdded')} count={diff.actionsAdded.length} t={t}>
        {diff.actionsAdded.map((x) => (
          <li key={x.id}>{x.title}</li>
        ))}
      </Section>
      <Section title={t('compare.actionsClosed')} count={diff.actionsClosed.length} t={t}>
        {diff.actionsClosed.map((x) => (
          <li key={x.id}>{x.title}</li>
        ))}
      </Section>
    </>
  );
}

function Section({ title, count, t, children }: { title: string; count: number; t: VersionsTranslate; children: ReactNode }) {
  return (
    <section className="compare-section">
      <h2>
        {title} <span className="compare-count">({count})</span>
      </h2>
      {count === 0 ? <p className="muted small">{t('compare.none')}</p> : <ul>{children}</ul>}
    </section>
  );
}
