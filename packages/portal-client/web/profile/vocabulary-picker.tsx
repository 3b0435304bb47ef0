import { useQuery } from '@apollo/client/react';
import { Button, useI18n } from '@ixl/ui';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { VocabularySuggestionsDocument, type VocabularyKind } from '../operations.generated.js';

/**
 * Search-as-you-type over the vocabulary (ARIA combobox with a listbox): the chosen entries are listed
 * below with a remove button each. Free text can still be added when nothing fits (staff can later
 * merge it into the vocabulary).
 */
export function VocabularyPicker({
  legend,
  hint,
  kind,
  values,
  onChange,
  error,
}: {
  legend: string;
  hint: string;
  kind: VocabularyKind;
  values: string[];
  onChange(values: string[]): void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const { data } = useQuery(VocabularySuggestionsDocument, { variables: { text: debounced, kind }, skip: debounced.length < 2 });
  const suggestions = debounced.length >= 2 && text.trim() ? (data?.vocabularySearch ?? []).filter((c) => !values.includes(c.label)) : [];
  const open = text.trim().length >= 2;
  const add = (label: string) => {
    const clean = label.trim().replace(/\s+/g, ' ');
    if (clean && !values.some((v) => v.toLowerCase() === clean.toLowerCase())) onChange([...values, clean]);
    setText('');
    setActive(-1);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, suggestions.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = suggestions[active];
      if (pick) add(pick.label);
    } else if (e.key === 'Escape') {
      setText('');
      setActive(-1);
    }
  };
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  return (
    <fieldset className="ixl-fieldset" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {values.length ? (
        <ul className="ixl-chips" aria-label={legend}>
          {values.map((v) => (
            <li key={v} className="ixl-chip">
              <span>{v}</span>
              <Button
                variant="secondary"
                className="ixl-chip__remove"
                aria-label={t('profile.remove', { label: v })}
                onClick={() => onChange(values.filter((x) => x !== v))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="ixl-muted">{t('profile.none')}</p>
      )}
      <div className="ixl-field ixl-combobox">
        <label htmlFor={`${id}-input`}>
          {t('profile.search')}: {legend.toLowerCase()}
        </label>
        <p className="ixl-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
        <input
          id={`${id}-input`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={active >= 0 ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setActive(-1);
          }}
          onKeyDown={onKey}
        />
        <ul id={listId} role="listbox" aria-label={t('profile.suggestions')} className="ixl-combobox__list" hidden={!open}>
          {suggestions.map((c, i) => (
            <li
              key={c.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'ixl-combobox__option ixl-combobox__option--active' : 'ixl-combobox__option'}
              onMouseDown={(e) => {
                e.preventDefault();
                add(c.label);
              }}
            >
              {c.label}
            </li>
          ))}
        </ul>
        {open ? (
          <div className="ixl-combobox__free">
            {!suggestions.length && debounced === text.trim() ? <p role="status">{t('profile.noSuggestion')}</p> : null}
            <Button variant="secondary" onClick={() => add(text)}>
              {t('profile.addFreeText', { text: text.trim() })}
            </Button>
          </div>
        ) : null}
      </div>
      {error ? (
        <p className="ixl-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
