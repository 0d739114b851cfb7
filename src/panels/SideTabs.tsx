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
  return (
    <div className="side-tabs" role="tablist" aria-label={t('tabs.label')}>
      {TABS.map((item, i) => (
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
      ))}
    </div>
  );
}
