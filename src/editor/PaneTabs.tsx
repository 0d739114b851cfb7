import { useDeferredDocument } from '../store/useDeferredDocument';
import { useSessionStore } from '../store/sessionStore';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import { useFindings } from '../panels/useFindings';
import { usePane, visiblePane, type Layout, type Pane } from './layout';

const PANES: { id: Pane; label: MessageKey; phoneOnly?: boolean }[] = [
  { id: 'map', label: 'layout.map', phoneOnly: true },
  { id: 'partners', label: 'layout.partners' },
  { id: 'details', label: 'layout.details' },
  { id: 'analysis', label: 'layout.analysis' },
];

/**
 * The switch between panes on a tablet (above the side column) and a phone (a bar at the bottom, the map
 * one of the panes). Buttons a finger can hit: 44 px high at least.
 */
export function PaneTabs({ layout, counts }: { layout: Exclude<Layout, 'desktop'>; counts: boolean }) {
  const t = useT();
  const pane = visiblePane(usePane((s) => s.pane), layout);
  const selected = useSessionStore((s) => !!s.selectedId);
  return (
    <nav className="pane-tabs" aria-label={t('layout.views')}>
      {PANES.filter((p) => layout === 'phone' || !p.phoneOnly).map((p) => (
        <button
          key={p.id}
          type="button"
          className={`pane-tab${pane === p.id ? ' is-active' : ''}`}
          aria-pressed={pane === p.id}
          aria-controls={`pane-${p.id}`}
          onClick={() => usePane.getState().setPane(p.id)}
        >
          {t(p.label)}
          {p.id === 'details' && selected && <span className="pane-dot" aria-hidden="true" />}
          {p.id === 'analysis' && counts && <OpenWarnings />}
        </button>
      ))}
    </nav>
  );
}

/** The number of open warnings, so a phone shows there are some without opening the analysis. */
function OpenWarnings() {
  const acknowledgements = useDeferredDocument((s) => s.doc?.acknowledgements);
  const open = useFindings().filter((f) => f.severity !== 'info' && !acknowledgements?.[f.key]).length;
  return open ? <span className="tab-count">{open}</span> : null;
}
