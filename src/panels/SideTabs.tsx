import { useRef, type KeyboardEvent } from 'react';
import { useSessionStore, type SideTab } from '../store/sessionStore';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';

const TABS: { id: SideTab; label: MessageKey }[] = [
  { id: 'warnings', label: 'tabs.warnings' },
  { id: 'goal', label: 'tabs.goal' },
  { id: 'actions', label: 'tabs.actions' },
  { id: 'team', label: 'tabs.team' },
  { id: 'instruments', label: 'tabs.instruments' },
];

/**
 * Where the strip breaks: the two widest labels (Warnings with its count, Goal & network) share the first
 * row, the other three the second. Five Dutch labels never fit one row of a 340 px panel; fixed rows keep
 * the strip two rows high at every size, where letting them wrap gave three uneven ones.
 */
const ROWS = [TABS.slice(0, 2), TABS.slice(2)];

/** Tabs of the analysis panel, with arrow-key navigation as the ARIA tabs pattern asks. */
export function SideTabs({ counts }: { counts: Partial<Record<SideTab, number>> }) {
  const t = useT();
  const tab = useSessionStore((s) => s.sideTab);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const i = (next + TABS.length) % TABS.length;
    useSessionStore.getState().setSideTab(TABS[i]!.id);
    buttons.current[i]?.focus();
  };
  const button = (item: (typeof TABS)[number]) => {
    const i = TABS.indexOf(item);
    return (
      <button
        key={item.id}
        ref={(el) => {
          buttons.current[i] = el;
        }}
        type="button"
        role="tab"
        id={`tab-${item.id}`}
        aria-selected={tab === item.id}
        aria-controls={`tabpanel-${item.id}`}
        tabIndex={tab === item.id ? 0 : -1}
        className={`side-tab${tab === item.id ? ' is-active' : ''}`}
        onClick={() => useSessionStore.getState().setSideTab(item.id)}
        onKeyDown={(e) => onKeyDown(e, i)}
      >
        {t(item.label)}
        {counts[item.id] ? <span className="tab-count">{counts[item.id]}</span> : null}
      </button>
    );
  };
  // The rows are only boxes for the layout (role none): the tabs stay the tablist's own, one sequence for the keys.
  return (
    <div className="side-tabs" role="tablist" aria-label={t('tabs.label')}>
      {ROWS.map((row, r) => (
        <div key={r} role="none" className="side-tabs-row">
          {row.map(button)}
        </div>
      ))}
    </div>
  );
}
