import { useMemo } from 'react';
import { useDigests } from '../persistence/hooks';
import { findOverlaps, OVERLAP_MIN_JACCARD, OVERLAP_MIN_SHARED, DOMAIN_MIN_JACCARD, whoSitsEverywhere } from '../domain/overlap';
import { arenaHref } from '../app/route';
import { useLanguage, useT } from '../i18n/useT';
import { Settings } from '../app/Settings';
import { formatNumber, formatPercent } from '../panels/findingText';

/** Across all arenas: which overlap, and which partners sit at many tables. Reads only the digest index. */
export function OverviewScreen() {
  const t = useT();
  const language = useLanguage();
  const digests = useDigests();
  const titles = useMemo(() => new Map((digests ?? []).map((d) => [d.id, d.title])), [digests]);
  const overlaps = useMemo(() => (digests ? findOverlaps(digests) : []), [digests]);
  const everywhere = useMemo(() => (digests ? whoSitsEverywhere(digests, 2) : []), [digests]);
  return (
    <div className="home overview">
      <header className="home-header">
        <div>
          <a className="back-link" href="#/">
            ← {t('home.title')}
          </a>
          <h1>{t('overview.title')}</h1>
          <p className="tagline">{t('overview.intro')}</p>
        </div>
        <Settings />
      </header>
      <main>
        <section aria-labelledby="overlaps-heading">
          <h2 id="overlaps-heading">{t('overlap.title')}</h2>
          {overlaps.length === 0 ? (
            <p className="muted">{t('overlap.none')}</p>
          ) : (
            <ul className="overview-list">
              {overlaps.map((o) => (
                <li key={`${o.a}-${o.b}`}>
                  <p>
                    {t('overlap.pair', { a: titles.get(o.a) ?? '', b: titles.get(o.b) ?? '', shared: o.shared.length, jaccard: formatPercent(o.partnerJaccard, language) })}
                    {(o.aMandated || o.bMandated) && <span className="badge-soft"> {t('overview.mandated')}</span>}
                  </p>
                  <p className="muted small">{o.sharedWritten.join(', ')}</p>
                  <p className="row">
                    <a href={arenaHref(o.a)}>{t('overlap.open', { title: titles.get(o.a) ?? '' })}</a>
                    <a href={arenaHref(o.b)}>{t('overlap.open', { title: titles.get(o.b) ?? '' })}</a>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p className="muted small">{t('overlap.how', { minJaccard: formatNumber(OVERLAP_MIN_JACCARD, language), minShared: OVERLAP_MIN_SHARED, minDomainJaccard: formatNumber(DOMAIN_MIN_JACCARD, language) })}</p>
        </section>
        <section aria-labelledby="everywhere-heading">
          <h2 id="everywhere-heading">{t('overlap.everywhere')}</h2>
          {everywhere.length === 0 ? (
            <p className="muted">{t('overview.nobodyTwice')}</p>
          ) : (
            <table className="everywhere">
              <thead>
                <tr>
                  <th scope="col">{t('overview.partner')}</th>
                  <th scope="col">{t('overview.arenas')}</th>
                </tr>
              </thead>
              <tbody>
                {everywhere.map((p) => (
                  <tr key={p.name}>
                    <th scope="row">
                      {p.written} <span className="muted small">({t('overlap.sitsIn', { count: p.arenas.length })})</span>
                    </th>
                    <td>
                      {p.arenas.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ', '}
                          <a href={arenaHref(id)}>{titles.get(id)}</a>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </main>
    </div>
  );
}
