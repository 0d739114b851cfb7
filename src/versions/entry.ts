/**
 * The one door from the first load into saved versions: the editor header's Versions button and the
 * screens behind `#/version/…` and `#/compare/…` come from this chunk, so the first load names one chunk
 * (and one list of what it needs) instead of two. Everything here is loaded on first use.
 */
export { default as VersionsButton } from './VersionsButton';
export { default as VersionsRoute } from './VersionsRoute';
