import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useSessionStore } from '../store/sessionStore';
import type { Partner } from '../domain/arena';
import { useT } from '../i18n/useT';

/**
 * Selects a partner and makes sure it can be seen: a search always brings it to the middle (large
 * enough to read); a click in the list only pans when the partner is off screen, keeping the zoom.
 */
export function useShowPartner() {
  const flow = useReactFlow();
  return useCallback((partner: Partner, mode: 'search' | 'list' = 'list') => {
    useSessionStore.getState().select(partner.id);
    const p = partner.position;
    if (!p) return;
    if (mode === 'search') {
      void flow.setCenter(p.x, p.y, { zoom: Math.max(flow.getZoom(), 0.9), duration: 300 });
      return;
    }
    const map = document.querySelector('.goal-map')?.getBoundingClientRect();
    const screen = flow.flowToScreenPosition(p);
    const inView = map && screen.x > map.left + 60 && screen.x < map.right - 60 && screen.y > map.top + 30 && screen.y < map.bottom - 30;
    if (!inView) void flow.setCenter(p.x, p.y, { zoom: flow.getZoom(), duration: 300 });
  }, [flow]);
}

interface Props {
  query: string;
  onQuery(q: string): void;
  first: Partner | undefined;
}

/** Find a partner on a crowded map (by name, type or tag, searchPartners.ts): filters the list; Enter shows the best match on the map. */
export function PartnerSearch({ query, onQuery, first }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const request = useSessionStore((s) => s.searchRequest);
  const show = useShowPartner();
  useEffect(() => {
    if (request > 0) input.current?.focus();
  }, [request]);
  return (
    <div className="partner-search" role="search">
      <input
        ref={input}
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('action.search')}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            show(first, 'search');
          } else if (e.key === 'Escape') onQuery('');
        }}
      />
    </div>
  );
}
