/**
 * The report is an ordered list of sections. Each pairs a builder (sections.ts: what it says, tested on its
 * own) with a view (how it is printed); a builder that returns null leaves its section out. A new section
 * (say, the differences since a saved version) joins by adding one `section(...)` to REPORT_SECTIONS
 * where it belongs.
 *
 * Every arena text is a React text child: text, never markup.
 */
import { createContext, Fragment, useContext, useEffect, useState, type ReactNode } from 'react';
import {
  buildActions,
  buildComposition,
  buildCover,
  buildDependency,
  buildFindings,
  buildGovernance,
  buildMap,
  buildTeam,
  type ActionsModel,
  type CompositionModel,
  type CoverModel,
  type DependencyModel,
  type FindingItem,
  type FindingsModel,
  type GovernanceModel,
  type MapModel,
  type ReportInput,
  type TeamModel,
} from './sections';
import { mapImage } from './mapImage';
import { buildChanges, ChangesSection } from '../versions/reportChanges';

export interface ReportSection {
  id: string;
  render(input: ReportInput): ReactNode;
}

/** A section from its builder and its view; the view is not rendered when the builder says null. */
export function section<M>(id: string, build: (input: ReportInput) => M | null, View: (props: { model: M; input: ReportInput }) => ReactNode): ReportSection {
  return {
    id,
    render(input) {
      const model = build(input);
      return model === null ? null : <View model={model} input={input} />;
    },
  };
}

/** Tells the report when the map image is there (or failed): printing waits for it. */
export const MapReadyContext = createContext<(state: 'ready' | 'failed') => void>(() => {});

function Cover({ model }: { model: CoverModel }) {
  return (
    <section className="report-cover" aria-labelledby="report-title">
      <p className="report-kind">{model.kind}</p>
      <h1 id="report-title">{model.title}</h1>
      <dl className="report-cover-goal">
        <dt>{model.goal.label}</dt>
        <dd>{model.goal.text}</dd>
      </dl>
      <h2>{model.strategicHeading}</h2>
      {model.unanswered ? (
        <p className="report-muted">{model.unanswered}</p>
      ) : (
        <dl className="report-pairs">
          {model.strategic.map((s) => (
            <div key={s.label}>
              <dt>{s.label}</dt>
              <dd>{s.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {model.mandate && (
        <dl className="report-pairs">
          <div>
            <dt>{model.mandate.label}</dt>
            <dd>{model.mandate.text}</dd>
          </div>
        </dl>
      )}
      <ul className="report-figures">
        {model.figures.map((f) => (
          <li key={f.label}>
            <strong>{f.text}</strong> <span>{f.label}</span>
          </li>
        ))}
      </ul>
      <p className="report-date">
        {model.date.label}: {model.date.text}
      </p>
    </section>
  );
}

function MapPage({ model, input }: { model: MapModel; input: ReportInput }) {
  const ready = useContext(MapReadyContext);
  const [image, setImage] = useState<{ url: string; width: number; height: number } | { error: string } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    mapImage(input).then(
        (result) => {
          url = URL.createObjectURL(result.blob);
          if (cancelled) URL.revokeObjectURL(url);
          else setImage({ url, width: result.width, height: result.height });
        },
        (e: unknown) => {
          if (cancelled) return;
          setImage({ error: e instanceof Error ? e.message : String(e) });
          ready('failed');
        },
      );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [input, ready]);
  return (
    <section className="report-map-page" aria-labelledby="report-map-title">
      <h2 id="report-map-title">{model.title}</h2>
      <figure className="report-map" data-state={image === null ? 'drawing' : 'error' in image ? 'failed' : 'drawn'}>
        {image === null && <p className="report-muted">{input.t('report.preparing')}</p>}
        {image && 'error' in image && <p className="report-error">{input.t('report.map.failed', { reason: image.error })}</p>}
        {image && 'url' in image && (
          // Drawn at twice its printed size, so it stays crisp on paper; the layout size is the 1× size.
          <img src={image.url} alt={model.alt} width={image.width} height={image.height} onLoad={() => ready('ready')} onError={() => ready('failed')} />
        )}
        <figcaption>{model.caption}</figcaption>
      </figure>
      {model.unplaced && <p className="report-muted">{model.unplaced}</p>}
    </section>
  );
}

function Composition({ model }: { model: CompositionModel }) {
  return (
    <section className="report-section" aria-labelledby="report-composition-title">
      <h2 id="report-composition-title">{model.title}</h2>
      <p className="report-intro">{model.intro}</p>
      <p className="report-muted">{model.atTable}</p>
      {model.none ? (
        <p>{model.none}</p>
      ) : (
        <div className="report-charts">
          {model.charts.map((chart) => (
            <div key={chart.attribute} className="report-chart">
              <h3>{chart.heading}</h3>
              {chart.empty ? (
                <p className="report-muted">{chart.empty}</p>
              ) : (
                <ul>
                  {chart.rows.map((row) => (
                    <li key={row.label}>
                      <span className="report-bar-label">{row.label}</span>
                      <svg className="report-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                        <rect width="100" height="10" fill="#eceff3" />
                        <rect width={Math.max(0.5, Math.min(100, row.share * 100))} height="10" fill={row.colour} />
                      </svg>
                      <span className="report-bar-value">{row.value}</span>
                    </li>
                  ))}
                </ul>
              )}
              {chart.untagged && <p className="report-muted">{chart.untagged}</p>}
              {chart.diversity && <p className="report-muted">{chart.diversity}</p>}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function FindingBox({ item, labels }: { item: FindingItem; labels: FindingsModel['labels'] }) {
  return (
    <article className={`report-finding is-${item.reason !== null ? 'accepted' : item.severity}`}>
      <h4>
        <span className="report-severity">{item.reason !== null ? '✓' : item.severityLabel}</span> {item.title}
      </h4>
      {item.reason !== null && (
        <p>
          <strong>{labels.reason}:</strong> {item.reason}
        </p>
      )}
      <p>
        <strong>{labels.why}:</strong> {item.why}
      </p>
      {item.reason === null && (
        <p>
          <strong>{labels.suggestion}:</strong> {item.suggestion}
        </p>
      )}
      <p className="report-source">
        {labels.source}: {item.source}
      </p>
    </article>
  );
}

function Findings({ model }: { model: FindingsModel }) {
  return (
    <section className="report-section" aria-labelledby="report-findings-title">
      <h2 id="report-findings-title">{model.title}</h2>
      {model.notice && <p>{model.notice}</p>}
      {model.groups.map((group) => (
        <Fragment key={group.kind}>
          <h3 className={`report-group is-${group.kind}`}>{group.heading}</h3>
          {group.items.map((item, i) => (
            <FindingBox key={i} item={item} labels={model.labels} />
          ))}
        </Fragment>
      ))}
    </section>
  );
}

function Actions({ model }: { model: ActionsModel }) {
  return (
    <section className="report-section" aria-labelledby="report-actions-title">
      <h2 id="report-actions-title">{model.title}</h2>
      <p className="report-intro">{model.intro}</p>
      {model.none && <p>{model.none}</p>}
      {model.actions.map((action, i) => (
        <div key={i} className="report-action">
          <h3>{action.title}</h3>
          {action.description && <p>{action.description}</p>}
          {action.empty ? (
            <p className="report-muted">{action.empty}</p>
          ) : (
            <table className="report-table">
              <thead>
                <tr>
                  <th scope="col">{model.columns.partner}</th>
                  <th scope="col">{model.columns.ring}</th>
                  <th scope="col">{model.columns.involvement}</th>
                </tr>
              </thead>
              <tbody>
                {action.rows.map((row, j) => (
                  <tr key={j} className={`is-${row.involvement}`}>
                    <td>{row.partner}</td>
                    <td>{row.ring}</td>
                    <td>{row.involvementLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
      {model.notInvolved && <p className="report-muted">{model.notInvolved}</p>}
    </section>
  );
}

function Dependency({ model }: { model: DependencyModel }) {
  return (
    <section className="report-section" aria-labelledby="report-dependency-title">
      <h2 id="report-dependency-title">{model.title}</h2>
      <p className="report-intro">{model.intro}</p>
      {model.none ? (
        <p>{model.none}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{model.columns.partner}</th>
              <th scope="col">{model.columns.resources}</th>
              <th scope="col">{model.columns.dependency}</th>
              <th scope="col">{model.columns.ring}</th>
              <th scope="col">{model.columns.suggested}</th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, i) => (
              <tr key={i}>
                <td>{row.partner}</td>
                <td>
                  {row.resources.map((r) => (
                    <span key={r} className="report-line">
                      {r}
                    </span>
                  ))}
                </td>
                <td className={`is-${row.level}`}>{row.dependency}</td>
                <td>{row.ring}</td>
                <td>
                  {row.suggested}
                  {row.elsewhere && <span className="report-flag"> ⚠ {model.elsewhereLabel}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Governance({ model }: { model: GovernanceModel }) {
  return (
    <section className="report-section" aria-labelledby="report-governance-title">
      <h2 id="report-governance-title">{model.title}</h2>
      <p>{model.chosen}</p>
      <p className="report-advice">{model.advice}</p>
      <table className="report-table report-governance">
        <thead>
          <tr>
            <th scope="col">{model.columns.criterion}</th>
            <th scope="col">{model.columns.yours}</th>
            {model.columns.forms.map((f) => (
              <th scope="col" key={f.label} className={f.best ? 'is-best' : undefined}>
                {f.label}
                {f.chosen && <span className="report-muted"> ({model.chosenMark})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.criterion}>
              <th scope="row">{row.criterion}</th>
              <td>{row.yours}</td>
              {row.cells.map((cell, i) => (
                <td key={i} className={cell.closeness === 1 ? 'fits' : undefined}>
                  {cell.closeness === 1 && <span aria-label={model.fitsLabel}>✓ </span>}
                  {cell.closeness === 0.5 && <span>½ · </span>}
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
          <tr className="report-fit-row">
            <th scope="row">{model.fitRow.label}</th>
            <td />
            {model.fitRow.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <h3>{model.reasoningHeading}</h3>
      {model.reasoning.map((r) => (
        <p key={r}>{r}</p>
      ))}
      <h3>{model.tensionsHeading}</h3>
      <ul className="report-tensions">
        {model.tensions.map((x) => (
          <li key={x.label}>
            <strong>{x.label}</strong>: {x.text}
          </li>
        ))}
      </ul>
      <p className="report-source">{model.source}</p>
    </section>
  );
}

function Team({ model }: { model: TeamModel }) {
  return (
    <section className="report-section" aria-labelledby="report-team-title">
      <h2 id="report-team-title">{model.title}</h2>
      <table className="report-table report-team">
        <thead>
          <tr>
            <th scope="col">{model.columns.role}</th>
            <th scope="col">{model.columns.coveredBy}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.role} className={row.covered ? undefined : 'is-uncovered'}>
              <th scope="row">
                {row.role}
                <span className="report-line report-muted">{row.description}</span>
              </th>
              <td>{row.coveredBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-advice">{model.summary}</p>
      {model.overloaded.map((o) => (
        <p key={o}>⚠ {o}</p>
      ))}
      <p className="report-source">{model.how}</p>
    </section>
  );
}

/** The report, top to bottom. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  section('cover', buildCover, Cover),
  section('map', buildMap, MapPage),
  section('composition', buildComposition, Composition),
  // Only when the export dialog names a saved version to compare with.
  section('changes', buildChanges, ChangesSection),
  section('findings', buildFindings, Findings),
  section('actions', buildActions, Actions),
  section('dependency', buildDependency, Dependency),
  section('governance', buildGovernance, Governance),
  section('team', buildTeam, Team),
];
