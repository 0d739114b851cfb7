/**
 * The goal map of a comparison, drawn as a plain SVG (read only, no React Flow): the rings, and the partners
 * with what happened to them marked by colour, symbol and outline together (never by colour alone):
 * joined (+), left (−, dashed, where it was), changed ring (→, with an arrow from where it was), other tags
 * (#), unchanged (small and grey). `mode`: 'both' is one map of the later state with those who left shown
 * where they were; 'before' and 'after' are the two halves of side by side. Labels are drawn at 12 px on
 * screen whatever the size of the map.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Arena, Partner } from '../domain/arena';
import { contentBounds, GOAL_RADIUS, RING_OUTER, ringMidRadius, type Point } from '../domain/rings';
import type { ArenaDiff } from '../domain/versionDiff';
import type { VersionsTranslate } from '../i18n/useVersionsT';

export type MarkStatus = 'joined' | 'left' | 'moved' | 'tags' | 'same';

interface Mark {
  id: string;
  name: string;
  at: Point;
  status: MarkStatus;
  /** Where it was, for a partner that changed ring (drawn as an arrow). */
  from?: Point;
  /** Tags changed besides the main mark (a partner that also changed ring). */
  alsoTags: boolean;
}

const SYMBOL: Record<MarkStatus, string> = { joined: '+', left: '−', moved: '→', tags: '#', same: '' };
const MAX_LABEL = 28;
const LABEL_ANGLE = { core: Math.PI, complementary: (Math.PI * 5) / 4, context: (Math.PI * 3) / 4 } as const;

export function marksOf(a: Arena, b: Arena, diff: ArenaDiff, mode: 'both' | 'before' | 'after'): Mark[] {
  const changed = new Map(diff.changed.map((c) => [c.id, c]));
  const joined = new Set(diff.joined.map((p) => p.id));
  const tagsChanged = (id: string) => {
    const c = changed.get(id);
    return !!c && (c.tagsAdded.length > 0 || c.tagsRemoved.length > 0 || c.mainChanged);
  };
  const marks: Mark[] = [];
  const statusOf = (p: Partner): MarkStatus => (joined.has(p.id) ? 'joined' : changed.get(p.id)?.ring ? 'moved' : tagsChanged(p.id) ? 'tags' : 'same');
  const shown = mode === 'before' ? a : b;
  for (const p of Object.values(shown.partners)) {
    if (!p.position) continue;
    const status = statusOf(p);
    const before = a.partners[p.id]?.position;
    const mark: Mark = { id: p.id, name: p.name, at: p.position, status, alsoTags: status === 'moved' && tagsChanged(p.id) };
    if (mode === 'both' && status === 'moved' && before) mark.from = before;
    marks.push(mark);
  }
  if (mode !== 'after') {
    for (const p of diff.left) if (p.position) marks.push({ id: p.id, name: p.name, at: p.position, status: 'left', alsoTags: false });
  }
  // Unchanged ones first, so the changes are drawn over them.
  const order: Record<MarkStatus, number> = { same: 0, tags: 1, moved: 2, left: 3, joined: 4 };
  return marks.sort((x, y) => order[x.status] - order[y.status]);
}

/** The drawn size of the SVG (it keeps the map square inside it, so the smaller side sets the scale). */
function useSize(): [React.RefObject<SVGSVGElement | null>, { width: number; height: number }] {
  const ref = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setSize({ width, height });
    const observer = new ResizeObserver(([entry]) => entry && setSize({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

function short(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
}

export function DiffMap({
  a,
  b,
  diff,
  mode,
  label,
  highlight,
  t,
}: {
  a: Arena;
  b: Arena;
  diff: ArenaDiff;
  mode: 'both' | 'before' | 'after';
  label: string;
  highlight: string | null;
  t: VersionsTranslate;
}) {
  const marks = marksOf(a, b, diff, mode);
  const positions = [...Object.values(a.partners), ...Object.values(b.partners)].flatMap((p) => (p.position ? [p.position] : []));
  const box = contentBounds(positions, 120);
  const [ref, drawn] = useSize();
  // Map units per screen pixel: labels and marks keep their size on screen whatever the map's size.
  const unit = drawn.width > 0 && drawn.height > 0 ? Math.max(box.width / drawn.width, box.height / drawn.height) : 1;
  const font = 12 * unit;
  const r = 7 * unit;
  return (
    <svg
      ref={ref}
      className="diff-map"
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      role="img"
      aria-label={label}
      data-mode={mode}
    >
      <defs>
        <marker id={`dm-arrow-${mode}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="dm-arrow-head" />
        </marker>
      </defs>
      <circle className="dm-ring dm-ring-context" r={RING_OUTER.context} />
      <circle className="dm-ring dm-ring-complementary" r={RING_OUTER.complementary} />
      <circle className="dm-ring dm-ring-core" r={RING_OUTER.core} />
      <circle className="dm-goal" r={GOAL_RADIUS} />
      {(['core', 'complementary', 'context'] as const).map((ring) => {
        // On the left, each band at its own angle (the names are wider than a band on a small map), away
        // from the top where the keyboard and the ring picker place partners.
        const angle = LABEL_ANGLE[ring];
        const mid = ringMidRadius(ring);
        return (
          <text key={ring} className="dm-ring-label" x={Math.cos(angle) * mid} y={Math.sin(angle) * mid + font * 0.35} fontSize={font} textAnchor="middle">
            {t(`ring.${ring}`)}
          </text>
        );
      })}
      {marks.map((m) =>
        m.from ? (
          <line
            key={`arrow-${m.id}`}
            className="dm-move"
            x1={m.from.x}
            y1={m.from.y}
            x2={m.at.x}
            y2={m.at.y}
            strokeWidth={2 * unit}
            markerEnd={`url(#dm-arrow-${mode})`}
          />
        ) : null,
      )}
      {marks.map((m) => {
        const big = m.status !== 'same';
        const radius = big ? r * 1.5 : r;
        return (
          <g
            key={`${m.status}-${m.id}`}
            className={`dm-node is-${m.status}${highlight === m.id ? ' is-highlight' : ''}`}
            transform={`translate(${m.at.x} ${m.at.y})`}
            data-partner={m.id}
            data-status={m.status}
          >
            <title>{m.name}</title>
            {highlight === m.id && <circle className="dm-halo" r={radius * 2} />}
            <circle r={radius} strokeWidth={(big ? 2.5 : 1) * unit} strokeDasharray={m.status === 'left' ? `${3 * unit} ${2 * unit}` : undefined} />
            {big && (
              <text className="dm-symbol" fontSize={font * 1.1} textAnchor="middle" dy={font * 0.38}>
                {SYMBOL[m.status]}
              </text>
            )}
            <text className="dm-label" x={radius + 3 * unit} dy={font * 0.35} fontSize={font}>
              {short(m.name)}
              {m.alsoTags ? ' #' : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** What the marks mean, with the same symbols. */
export function DiffLegend({ t }: { t: VersionsTranslate }) {
  const items: MarkStatus[] = ['joined', 'left', 'moved', 'tags', 'same'];
  return (
    <ul className="diff-legend">
      {items.map((s) => (
        <li key={s}>
          <span className={`diff-legend-mark is-${s}`} aria-hidden="true">
            {SYMBOL[s]}
          </span>
          {t(`compare.legend.${s}`)}
        </li>
      ))}
    </ul>
  );
}
