import { forwardRef, type ButtonHTMLAttributes, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldFrame, useFieldIds } from './fields.js';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** The error shown under the field (from the API's `extensions.field` or local validation). */
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled input; its error and hint are tied to it with aria-describedby, and aria-invalid is set. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField({ label, error, hint, ...input }, ref) {
  const { id, errorId, hintId, aria } = useFieldIds(error, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId}>
      <input ref={ref} id={id} {...aria} {...input} />
    </FieldFrame>
  );
});

export function Button({
  variant = 'primary',
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' }) {
  return (
    <button
      type="button"
      className={`ixl-button${variant === 'secondary' ? ' ixl-button--secondary' : ''}${className ? ` ${className}` : ''}`}
      {...props}
    />
  );
}

/** An error announced to screen readers (role="alert"). */
export function Alert({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="ixl-alert" role="alert" id={id}>
      {children}
    </div>
  );
}

/** A polite live region for loading and status messages. */
export function Status({ children }: { children: ReactNode }) {
  return (
    <p className="ixl-status" role="status">
      {children}
    </p>
  );
}
