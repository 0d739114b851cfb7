import { memo } from 'react';
import { ATTRIBUTES, expertiseColour, type Attribute } from '../domain/vocabularies';
import type { AttributeComposition } from '../domain/analysis';
import { useDeferredDocument } from '../store/useDeferredDocument';
import { tagLabel } from '../i18n';
import { useLanguage, useT } from '../i18n/useT';
import { useComposition } from './useFindings';
import { formatPercent } from './findingText';

/** Shares per attribute at the table, as labelled bars with numbers, and the variety score. */
export const CompositionChart = memo(function CompositionChart() {
  const t = useT();
  const composition = useComposition();
  const tags = useDeferredDocument((s) => s.doc?.tags) ?? {};
  if (!composition) return null;
  return (
    <section className="composition" aria-labelledby="composition-heading">
      <div className="panel-head">
        <h2 id="composition-heading">{t('composition.title')}</h2>
      </div>
      <p className="muted small">{t('composition.atTable', { count: composition.atTable.length })}</p>
      {ATTRIBUTES.map((attribute) => (
        <AttributeBars key={attribute} attribute={attribute} data={composition.attributes[attribute]} tags={tags} />
      ))}
    </section>
  );
});

function AttributeBars({ attribute, data, tags }: { attribute: Attribute; data: AttributeComposition; tags: Parameters<typeof tagLabel>[3] }) {
  const t = useT();
  const language = useLanguage();
  const rows = [...data.categories].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const pct = (n: number) => formatPercent(n, language);
  return (
    <div className="attr-bars">
      <h3>
        {t(`attr.${attribute}`)}
        {attribute === 'expertise' && data.tagged > 0 && (
          <span className="diversity" title={t('analysis.diversity.how', { vocabularySize: data.vocabularySize })}>
            {t('composition.diversity', { score: new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(data.diversity) })}
          </span>
        )}
      </h3>
      {rows.length === 0 ? (
        <p className="muted small">{t('composition.none')}</p>
      ) : (
        <ul>
          {rows.map((c) => {
            const label = tagLabel(t, attribute, c.key, tags);
            return (
              <li key={c.key} aria-label={t('composition.share', { label, count: c.count, tagged: data.tagged, share: pct(c.share) })}>
                <span className="bar-label">{label}</span>
                <span className="bar-track" aria-hidden="true">
                  <span
                    className="bar-fill"
                    style={{ width: `${Math.round(c.share * 100)}%`, background: attribute === 'expertise' ? expertiseColour(c.key) : undefined }}
                  />
                </span>
                <span className="bar-value" aria-hidden="true">
                  {c.count} · {pct(c.share)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {data.untagged.length > 0 && <p className="muted small">{t('composition.untagged', { count: data.untagged.length })}</p>}
    </div>
  );
}
