import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** An API error as the portals use it: the stable code, the field it concerns, the message. */
export interface ApiError {
  code: string;
  field?: string | undefined;
  message: string;
}

/** The errors of a failed operation (GraphQL errors, or one NETWORK error). */
export function apiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const ext = (e.extensions ?? {}) as { code?: unknown; field?: unknown };
      return {
        code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
        field: typeof ext.field === 'string' ? ext.field : undefined,
        message: e.message,
      };
    });
  }
  if (ServerError.is(error) && error.statusCode === 401) return [{ code: 'UNAUTHENTICATED', message: error.message }];
  if (error) return [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }];
  return [];
}

/** True when the API says the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return apiErrors(error).some((e) => e.code === 'UNAUTHENTICATED');
}

export interface FormErrors {
  /** Field name → message, shown next to that field. */
  fields: Record<string, string>;
  /** Errors that concern no known field, shown above the form. */
  general: ApiError[];
}

/**
 * Splits errors between the form's fields (`extensions.field`, matched against `knownFields`;
 * the last segment of a dotted path like `input.email` counts too) and the rest.
 */
export function formErrors(errors: ApiError[], knownFields: readonly string[]): FormErrors {
  const result: FormErrors = { fields: {}, general: [] };
  for (const e of errors) {
    const field = e.field
      ? knownFields.includes(e.field)
        ? e.field
        : knownFields.find((f) => e.field?.split('.').pop() === f)
      : undefined;
    if (field && !result.fields[field]) result.fields[field] = e.message;
    else result.general.push(e);
  }
  return result;
}
