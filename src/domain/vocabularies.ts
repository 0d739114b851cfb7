/**
 * Default tag vocabularies (domain.md, "Tags"). Only keys live here; labels live in i18n so an arena
 * made in Dutch opens in English. Custom tags made in an arena are keyed `custom:<uuid>`.
 */
export const ATTRIBUTES = ['expertise', 'style', 'perspective'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const EXPERTISE_KEYS = [
  'housing',
  'work',
  'family',
  'welfare',
  'health',
  'education',
  'spatial',
  'safety',
  'economy',
  'leisure',
  'poverty',
  'mobility',
] as const;

export const STYLE_KEYS = ['care', 'enforcing', 'policy', 'entrepreneurial', 'community', 'knowledge'] as const;

export const PERSPECTIVE_KEYS = ['provider', 'user', 'resident', 'government', 'market', 'funder'] as const;

export type ExpertiseKey = (typeof EXPERTISE_KEYS)[number];
export type StyleKey = (typeof STYLE_KEYS)[number];
export type PerspectiveKey = (typeof PERSPECTIVE_KEYS)[number];

export const DEFAULT_KEYS: Record<Attribute, readonly string[]> = {
  expertise: EXPERTISE_KEYS,
  style: STYLE_KEYS,
  perspective: PERSPECTIVE_KEYS,
};

/** The perspective that the "missing user perspective" rule looks for. */
export const USER_PERSPECTIVES: readonly string[] = ['user', 'resident'];

export const CUSTOM_PREFIX = 'custom:';
export function isCustomKey(key: string): boolean {
  return key.startsWith(CUSTOM_PREFIX);
}
export function isDefaultKey(attribute: Attribute, key: string): boolean {
  return DEFAULT_KEYS[attribute].includes(key);
}

/**
 * Colour per default expertise: hues kept apart (no two browns, pinks or blues side by side) and every
 * colour keeps AA contrast (≥ 4.5:1) against the white text of the node's colour band. The band also
 * names the expertise, so colour is never the only carrier.
 */
export const EXPERTISE_COLOURS: Record<ExpertiseKey, string> = {
  housing: '#8a4b08',
  work: '#1f5fa8',
  family: '#b0306a',
  welfare: '#2e7d32',
  health: '#c62828',
  education: '#6a3fb5',
  spatial: '#00695c',
  safety: '#37474f',
  economy: '#6f6200',
  leisure: '#bf360c',
  poverty: '#5d4037',
  mobility: '#283593',
};
export const CUSTOM_COLOUR = '#546e7a';
export const UNTAGGED_COLOUR = '#757575';

export function expertiseColour(key: string | undefined): string {
  if (!key) return UNTAGGED_COLOUR;
  return (EXPERTISE_COLOURS as Record<string, string>)[key] ?? CUSTOM_COLOUR;
}

/** A short, shape-carrying mark per style, so style never rests on colour alone. */
export const STYLE_MARKS: Record<StyleKey, string> = {
  care: '♥',
  enforcing: '⚑',
  policy: '§',
  entrepreneurial: '€',
  community: '⚭',
  knowledge: '✎',
};
