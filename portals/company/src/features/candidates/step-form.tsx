import { Alert, Button } from '@ixl/ui';
import type { FormEvent, ReactNode, RefObject } from 'react';

/** One step of a candidate card (invite, hire, reject): its form, the general error above it, send and cancel. */
export function StepForm({
  panel,
  label,
  general,
  submitLabel,
  cancelLabel,
  disabled,
  onSubmit,
  onCancel,
  children,
}: {
  panel: RefObject<HTMLDivElement | null>;
  label: string;
  general: string | null;
  submitLabel: string;
  cancelLabel: string;
  disabled: boolean;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  return (
    <div ref={panel} className="ixl-step">
      {general ? <Alert>{general}</Alert> : null}
      <form
        noValidate
        aria-label={label}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <div className="ixl-actions">
          <Button type="submit" disabled={disabled}>
            {submitLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {cancelLabel}
          </Button>
        </div>
      </form>
    </div>
  );
}
