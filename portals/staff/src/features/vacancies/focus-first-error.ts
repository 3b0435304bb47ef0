import { useEffect, type RefObject } from 'react';

/** After a failed submit, moves the keyboard focus to the form's first invalid control (or its error summary). */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, attempt: number): void {
  useEffect(() => {
    if (!attempt) return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>('[role="alert"]');
    if (target) {
      if (!target.hasAttribute('tabindex') && target.getAttribute('role') === 'alert') target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }, [form, attempt]);
}
