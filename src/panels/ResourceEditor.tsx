import { useState } from 'react';
import { RESOURCE_KINDS, type Partner, type ResourceKind, type Score } from '../domain/arena';
import { partnerDependency, resourceDependency, suggestedRing } from '../domain/dependency';
import { placementOf } from '../domain/rings';
import { addResource, removeResource, updateResource } from '../store/networkActions';
import { useT } from '../i18n/useT';
import { joinOr } from './findingText';

const SCORES: Score[] = [1, 2, 3, 4];

/** What the network depends on this partner for: resources with importance and replaceability (1–4). */
export function ResourceEditor({ partner }: { partner: Partner }) {
  const t = useT();
  const [kind, setKind] = useState<ResourceKind>('knowledge');
  const resources = Object.values(partner.resources);
  const dependency = partnerDependency(partner);
  const suggestion = dependency ? suggestedRing(dependency) : null;
  const placement = placementOf(partner.position);
  return (
    <section className="resources" aria-labelledby={`resources-${partner.id}`}>
      <h3 id={`resources-${partner.id}`}>{t('resources.title')}</h3>
      {resources.length === 0 && <p className="muted small">{t('resources.none')}</p>}
      <ul>
        {resources.map((r) => {
          const label = t(`resource.${r.kind}`);
          return (
            <li key={r.id} className="resource">
              <span className="resource-kind">{label}</span>
              <label>
                <span className="label">{t('resources.importance')}</span>
                <select value={r.importance} aria-label={t('resources.importanceOf', { kind: label })} onChange={(e) => updateResource(partner.id, r.id, { importance: Number(e.target.value) as Score })}>
                  {SCORES.map((s) => (
                    <option key={s} value={s}>
                      {s} · {t(`score.importance.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span className="label">{t('resources.replaceability')}</span>
                <select value={r.replaceability} aria-label={t('resources.replaceabilityOf', { kind: label })} onChange={(e) => updateResource(partner.id, r.id, { replaceability: Number(e.target.value) as Score })}>
                  {SCORES.map((s) => (
                    <option key={s} value={s}>
                      {s} · {t(`score.replaceability.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <span className={`dependency dependency-${resourceDependency(r.importance, r.replaceability)}`}>
                {t(`dependency.${resourceDependency(r.importance, r.replaceability)}`)}
              </span>
              <button type="button" className="button small ghost" aria-label={t('resources.remove', { kind: label })} onClick={() => removeResource(partner.id, r.id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="row">
        <select value={kind} aria-label={t('resources.kind')} onChange={(e) => setKind(e.target.value as ResourceKind)}>
          {RESOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`resource.${k}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button small" onClick={() => addResource(partner.id, kind)}>
          {t('resources.add')}
        </button>
      </div>
      {dependency && suggestion && (
        <p className={`dependency-summary${suggestion.includes(placement as never) ? '' : ' is-off'}`}>
          {t('resources.summary', { dependency: t(`dependency.${dependency}`), ring: joinOr(suggestion.map((r) => t(`ring.${r}`)), t('analysis.or')) })}
        </p>
      )}
    </section>
  );
}
