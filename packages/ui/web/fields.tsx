import {
  useEffect,
  useId,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

import { useI18n } from './i18n.js';

/** Ids and aria attributes shared by every labelled control: error and hint tied by aria-describedby. */
export function useFieldIds(error: string | undefined, hint: string | undefined) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return { id, errorId, hintId, aria: { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const };
}

export function FieldFrame({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  hintId: string;
  error?: string | undefined;
  errorId: string;
  children: ReactNode;
}) {
  return (
    <div className="ixl-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="ixl-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="ixl-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  options: readonly SelectOption[];
  /** A first, empty option ("— choose —"); its value is ''. */
  placeholder?: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled <select>, errors and hints announced like TextField's. */
export function SelectField({ label, options, placeholder, error, hint, ...select }: SelectFieldProps) {
  const { id, errorId, hintId, aria } = useFieldIds(error, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId}>
      <select id={id} {...aria} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled multi-line text box. */
export function TextAreaField({ label, error, hint, ...area }: TextAreaFieldProps) {
  const { id, errorId, hintId, aria } = useFieldIds(error, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId}>
      <textarea id={id} rows={4} {...aria} {...area} />
    </FieldFrame>
  );
}

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A checkbox with its label beside it (consents, declarations), errors below. */
export function CheckboxField({ label, error, hint, ...input }: CheckboxFieldProps) {
  const { id, errorId, hintId, aria } = useFieldIds(error, hint);
  return (
    <div className="ixl-field ixl-field--check">
      <div className="ixl-check">
        <input id={id} type="checkbox" {...aria} {...input} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p className="ixl-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="ixl-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface FileFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'onChange'> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  onFile(file: File | null): void;
}

/**
 * A labelled file picker that hands over the chosen file (or null when cleared). The browser's own button and "no
 * file" text are in the browser's language, not the portal's: the native input stays (focusable, keyboard and
 * assistive technology as usual; transparent, over the row, so a click anywhere on it opens the picker) and is drawn
 * as a button with the chosen file's name in the portal's words.
 */
export function FileField({ label, error, hint, onFile, ...input }: FileFieldProps) {
  const { id, errorId, hintId, aria } = useFieldIds(error, hint);
  const { t } = useI18n();
  const ref = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  // A form reset empties the input: the name shown goes with it.
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const reset = () => setChosen(null);
    form.addEventListener('reset', reset);
    return () => form.removeEventListener('reset', reset);
  }, []);
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId}>
      <div className="ixl-file">
        <input
          ref={ref}
          id={id}
          type="file"
          className="ixl-file__input"
          {...aria}
          {...input}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0] ?? null;
            setChosen(file?.name ?? null);
            onFile(file);
          }}
        />
        <span className="ixl-button ixl-button--secondary ixl-file__button" aria-hidden="true">
          {t('file.choose')}
        </span>
        <span className="ixl-file__name" aria-hidden="true">
          {chosen ?? t('file.none')}
        </span>
      </div>
    </FieldFrame>
  );
}

/** A group of related controls (radio buttons, checkboxes) with its legend and one error. */
export function FieldSet({ legend, error, children }: { legend: string; error?: string | undefined; children: ReactNode }) {
  const errorId = useId();
  return (
    <fieldset className="ixl-fieldset" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {children}
      {error ? (
        <p className="ixl-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Progress of a long operation (imports, mass mail): a native <progress> with its text. */
export function ProgressBar({ label, value, max }: { label: string; value: number; max: number }) {
  const id = useId();
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="ixl-progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} value={value} max={max}>
        {percent}%
      </progress>
      <span aria-hidden="true"> {percent}%</span>
    </div>
  );
}

/** A success or information message, announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="ixl-notice" role="status">
      {children}
    </div>
  );
}
