import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../store/editorStore';
import type { Partner } from '../domain/arena';
import { useT } from '../i18n/useT';

/** Selects a partner and brings it to the middle of the map. */
export function useShowPartner() {
  const flow = useReactFlow();
  return (partner: Partner) => {
    useEditorStore.getState().select(partner.id);
    if (partner.position) void flow.setCenter(partner.position.x, partner.position.y, { zoom: Math.max(flow.getZoom(), 1), duration: 300 });
  };
}

interface Props {
  query: string;
  onQuery(q: string): void;
  first: Partner | undefined;
}

/** Find a partner by name on a crowded map: filters the list; Enter shows the first match on the map. */
export function PartnerSearch({ query, onQuery, first }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const request = useEditorStore((s) => s.searchRequest);
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
            show(first);
          } else if (e.key === 'Escape') onQuery('');
        }}
      />
    </div>
  );
}
