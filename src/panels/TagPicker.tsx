import { useState } from 'react';
import type { Attribute } from '../domain/vocabularies';
import { DEFAULT_KEYS } from '../domain/vocabularies';
import type { CustomTag } from '../domain/arena';
import { useDocumentStore } from '../store/documentStore';
import { addCustomTag } from '../store/arenaActions';
import { tagLabel } from '../i18n';
import { useT } from '../i18n/useT';

interface Props {
  attribute: Attribute;
  /** Selected keys (for style: zero or one). */
  selected: readonly string[];
  single?: boolean;
  customTags: Record<string, CustomTag>;
  onToggle(key: string): void;
  /** Expertise only: the first tag is the main one and colours the node. */
  mainKey?: string | undefined;
  onMakeMain?(key: string): void;
  /** False: no "Own tag" field (a workshop participant picks from the tags the arena has). */
  allowOwn?: boolean;
}

/** Toggle chips for one attribute: default vocabulary first, then the arena's own tags, then "Own tag". */
export function TagPicker({ attribute, selected, single, customTags, onToggle, mainKey, onMakeMain, allowOwn = true }: Props) {
  const t = useT();
  const together = useDocumentStore((s) => s.together);
  const [draft, setDraft] = useState('');
  const keys = [
    ...DEFAULT_KEYS[attribute],
    ...Object.values(customTags)
      .filter((tag) => tag.attribute === attribute)
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((tag) => tag.id),
  ];
  const groupLabel = t(`attr.${attribute}`);
  return (
    <fieldset className="tag-picker">
      <legend>{groupLabel}</legend>
      <div className="chips" role={single ? 'radiogroup' : 'group'} aria-label={groupLabel}>
        {keys.map((key) => {
          const on = selected.includes(key);
          const label = tagLabel(t, attribute, key, customTags);
          return (
            <span key={key} className="chip-wrap">
              <button
                type="button"
                className={`chip${on ? ' is-on' : ''}`}
                role={single ? 'radio' : undefined}
                aria-checked={single ? on : undefined}
                aria-pressed={single ? undefined : on}
                onClick={() => onToggle(key)}
              >
                {on && <span aria-hidden="true">✓ </span>}
                {label}
                {mainKey === key && selected.length > 1 && <span className="chip-main"> ({t('inspector.mainExpertise')})</span>}
              </button>
              {onMakeMain && on && mainKey !== key && (
                <button type="button" className="chip-action" aria-label={`${label}: ${t('inspector.mainExpertise')}`} onClick={() => onMakeMain(key)}>
                  ★
                </button>
              )}
            </span>
          );
        })}
      </div>
      {allowOwn && (
        <form
          className="own-tag"
          onSubmit={(e) => {
            e.preventDefault();
            // Creating the tag and putting it on the partner is one step, undone at once.
            const key = together(() => {
              const made = addCustomTag(attribute, draft);
              if (made && !selected.includes(made)) onToggle(made);
              return made;
            });
            if (key) setDraft('');
          }}
        >
          <input
            type="text"
            value={draft}
            placeholder={t('inspector.ownTag')}
            aria-label={t('inspector.addOwnTag', { attribute: groupLabel.toLowerCase() })}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button small" disabled={!draft.trim()}>
            {t('inspector.addTag')}
          </button>
        </form>
      )}
    </fieldset>
  );
}
