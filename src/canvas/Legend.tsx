import { memo, Suspense, useCallback, useMemo, useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { initialLegendFolded, rememberLegendFolded } from '../store/preferences';
import { expertiseColour, UNTAGGED_COLOUR } from '../domain/vocabularies';
import { tagLabel } from '../i18n';
import { useT } from '../i18n/useT';
import { perspectiveMark, styleMark } from './marks';
import type { Arena } from '../domain/arena';
import { TiesLegend } from './edgeTypes';

/** What the colours and marks on the map mean: only the tags in use, so it stays short. */
function usedTags(partners: Arena['partners'] | undefined) {
  const expertise = new Set<string>();
  const styles = new Set<string>();
  const perspectives = new Set<string>();
  let untagged = false;
  for (const p of Object.values(partners ?? {})) {
    if (!p.position) continue;
    if (p.expertise[0]) expertise.add(p.expertise[0]);
    else untagged = true;
    if (p.style) styles.add(p.style);
    for (const k of p.perspective) perspectives.add(k);
  }
  return { expertise: [...expertise].sort(), styles: [...styles].sort(), perspectives: [...perspectives].sort(), untagged };
}

/**
 * Drawn beside the map (below it in the editor, at its side when presenting), never over it, so it hides
 * no partner and catches no click. Open by default; folded, it is one line, and this browser remembers it.
 */
export const Legend = memo(function Legend() {
  const t = useT();
  // Not deferred like the panels: the legend's height is part of the map's frame, and a legend that grew a
  // frame after the map was fitted left the opening view a little off the one F gives.
  const partners = useDocumentStore((s) => s.doc?.partners);
  const tags = useDocumentStore((s) => s.doc?.tags);
  const used = useMemo(() => usedTags(partners), [partners]);
  const hasTies = useDocumentStore((s) => Object.keys(s.doc?.ties ?? {}).length > 0);
  const [folded, setFolded] = useState(initialLegendFolded);
  const toggle = useCallback(() => {
    setFolded((was) => {
      rememberLegendFolded(!was);
      return !was;
    });
  }, []);
  const custom = tags ?? {};
  if (!used.expertise.length && !used.styles.length && !used.perspectives.length && !used.untagged) return null;
  return (
    // Focusable: with many tags the legend scrolls, and keyboard users must be able to scroll it.
    <section className="legend" aria-label={t('map.legend')} role="region" tabIndex={0}>
      {/* One flowing block, the title first: open, the whole legend takes two or three lines. */}
      <h2 className="legend-title">
        <button type="button" className="legend-toggle" aria-expanded={!folded} onClick={toggle}>
          <span aria-hidden="true">{folded ? '▸' : '▾'}</span> {t('map.legend')}
        </button>
      </h2>
      {!folded && (used.expertise.length > 0 || used.untagged) && (
        <section>
          <h3>{t('map.legend.expertise')}</h3>
          <ul>
            {used.expertise.map((k) => (
              <li key={k}>
                <span className="swatch" style={{ background: expertiseColour(k) }} />
                {tagLabel(t, 'expertise', k, custom)}
              </li>
            ))}
            {used.untagged && (
              <li>
                <span className="swatch" style={{ background: UNTAGGED_COLOUR }} />
                {t('map.legend.untagged')}
              </li>
            )}
          </ul>
        </section>
      )}
      {!folded && used.styles.length > 0 && (
        <section>
          <h3>{t('map.legend.style')}</h3>
          <ul>
            {used.styles.map((k) => (
              <li key={k}>
                <span className="mark style-mark">{styleMark(k)}</span>
                {tagLabel(t, 'style', k, custom)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!folded && used.perspectives.length > 0 && (
        <section>
          <h3>{t('map.legend.perspective')}</h3>
          <ul>
            {used.perspectives.map((k) => (
              <li key={k}>
                <span className="mark perspective-mark">{perspectiveMark(t, k)}</span>
                {tagLabel(t, 'perspective', k, custom)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!folded && hasTies && (
        <Suspense fallback={null}>
          <TiesLegend />
        </Suspense>
      )}
    </section>
  );
});
