/**
 * What the map draws of the trust ties, loaded apart from the first load (GoalMap and Legend import it
 * lazily): the line between two partners, the button that hides them, and their legend entry. A tie's
 * kind is shown three ways at once (line style, colour, legend), never by colour alone.
 */
import { memo } from 'react';
import { ControlButton, useInternalNode, type EdgeProps, type InternalNode, type OnConnectEnd } from '@xyflow/react';
import { TIE_KINDS } from '../domain/arena';
import { useDocumentStore } from '../store/documentStore';
import { useTiesT } from '../i18n/useTiesT';
import { useTiesView } from './tiesView';
import { useSessionStore } from '../store/sessionStore';
import { addTie } from '../store/tieActions';
import type { TieFlowEdge } from './types';
import './ties.css';

/**
 * The end of a drag from a partner's handle: let go over another partner (anywhere on it, not only on its
 * handle: the node under the pointer when no handle was reached) ties the two, as "works well with". The
 * inspector then opens on the partner it started from, listing the tie with its kind and note.
 */
export const connectEnd: OnConnectEnd = (event, state) => {
  const from = state.fromNode?.id;
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  const to = state.toNode?.id ?? (point && document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node-partner')?.getAttribute('data-id'));
  if (!from || !to || to === from) return;
  const result = addTie(from, to);
  if (result.ok || result.error === 'exists') useSessionStore.getState().select(from);
};

/** Where the line from a node's centre towards `towards` leaves the node's box. */
function border(node: InternalNode, towards: { x: number; y: number }): { x: number; y: number } {
  const w = node.measured.width ?? 0;
  const h = node.measured.height ?? 0;
  const cx = node.internals.positionAbsolute.x + w / 2;
  const cy = node.internals.positionAbsolute.y + h / 2;
  const dx = towards.x - cx;
  const dy = towards.y - cy;
  if (!dx && !dy) return { x: cx, y: cy };
  const scale = Math.min(dx ? w / 2 / Math.abs(dx) : Infinity, dy ? h / 2 / Math.abs(dy) : Infinity);
  return { x: cx + dx * scale, y: cy + dy * scale };
}

function centre(node: InternalNode): { x: number; y: number } {
  return { x: node.internals.positionAbsolute.x + (node.measured.width ?? 0) / 2, y: node.internals.positionAbsolute.y + (node.measured.height ?? 0) / 2 };
}

/** A straight line from border to border of the two partners, whichever sides face each other. */
export const TieEdge = memo(function TieEdge({ id, source, target, data }: EdgeProps<TieFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const a = border(from, centre(to));
  const b = border(to, centre(from));
  return (
    <g className={`tie-line tie-${data?.kind ?? 'works'}`} data-tie={id}>
      <path d={`M ${a.x},${a.y} L ${b.x},${b.y}`} />
    </g>
  );
});

/** Hides or shows the ties (session UI, tiesView.ts); among the map's zoom buttons. */
export function TiesToggle() {
  const t = useTiesT();
  const hidden = useTiesView((s) => s.hidden);
  const count = useDocumentStore((s) => Object.keys(s.doc?.ties ?? {}).length);
  const label = hidden ? t('ties.show') : t('ties.hide');
  return (
    <ControlButton onClick={() => useTiesView.setState({ hidden: !hidden })} title={label} aria-label={label} aria-pressed={hidden} className="ties-toggle">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <circle cx="3" cy="12" r="2.2" />
        <circle cx="13" cy="4" r="2.2" />
        <path d="M4.5 10.8 11.5 5.2" strokeWidth="1.6" stroke="currentColor" strokeDasharray={hidden ? '2 2' : undefined} />
      </svg>
      {hidden && <span className="visually-hidden">{t('ties.hidden', { count })}</span>}
    </ControlButton>
  );
}

/** The legend's entry: each kind with its line, only the kinds in use. */
export function TiesLegend() {
  const t = useTiesT();
  const ties = useDocumentStore((s) => s.doc?.ties);
  const hidden = useTiesView((s) => s.hidden);
  const used = new Set(Object.values(ties ?? {}).map((tie) => tie.kind));
  if (!used.size) return null;
  return (
    <section className="ties-legend">
      <h3>{hidden ? t('ties.hidden', { count: Object.keys(ties ?? {}).length }) : t('ties.legend')}</h3>
      <ul>
        {TIE_KINDS.filter((k) => used.has(k)).map((k) => (
          <li key={k}>
            <svg className={`tie-sample tie-${k}`} viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
              <path d="M1 4 H27" />
            </svg>
            {t(`ties.kind.${k}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
