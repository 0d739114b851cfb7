/**
 * The English analysis texts (findings, governance, team roles) come with the code that shows them: the
 * side panels, presentation mode, the overview, the participant view and the export each load through
 * `withAnalysisTexts`, so the table is complete before any of them renders. They are added to the one
 * English table in place, so every translator made from it (useT's, the exports') finds them. Dutch has
 * them in its own lazily loaded table.
 */
import { en } from './en';

let loading: Promise<void> | null = null;

export function loadAnalysisTexts(): Promise<void> {
  return (loading ??= import('./en.analysis').then((m) => {
    Object.assign(en, m.enAnalysis);
  }));
}

/** `module` once the analysis texts are there too. */
export function withAnalysisTexts<M>(module: Promise<M>): Promise<M> {
  return Promise.all([module, loadAnalysisTexts()]).then(([m]) => m);
}
