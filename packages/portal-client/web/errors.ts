import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * An API error as the portals use it: the stable code, the reason and its params (what the portal's catalogue
 * turns into a sentence, `useI18n().errorText`), the field it concerns. The API's English message is deliberately
 * not kept: portals never show nor parse it.
 */
export interface ApiError {
  code: string;
  reason?: string | undefined;
  params?: Readonly<Record<string, unknown>> | undefined;
  field?: string | undefined;
}

/** The errors of a failed operation (GraphQL errors, or one NETWORK error). */
export function apiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const ext = (e.extensions ?? {}) as { code?: unknown; reason?: unknown; params?: unknown; field?: unknown };
      return {
        code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
        reason: typeof ext.reason === 'string' ? ext.reason : undefined,
        params: ext.params && typeof ext.params === 'object' ? (ext.params as Record<string, unknown>) : undefined,
        field: typeof ext.field === 'string' ? ext.field : undefined,
      };
    });
  }
  if (ServerError.is(error) && error.statusCode === 401) return [{ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' }];
  if (error) return [{ code: 'NETWORK' }];
  return [];
}

/** The session cookie holds no session (none yet, ended, revoked or reused): the tab is signed out. */
export class SessionEndedError extends Error {
  constructor() {
    super('The session has ended');
  }
}

/** True when the API says the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: unknown): boolean {
  if (error instanceof SessionEndedError) return true;
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return apiErrors(error).some((e) => e.code === 'UNAUTHENTICATED');
}

export interface FormErrors {
  /** Field name → message in the user's language, shown next to that field. */
  fields: Record<string, string>;
  /** Errors that concern no known field, shown above the form. */
  general: ApiError[];
}

/**
 * Splits errors between the form's fields (`extensions.field`, matched against `knownFields`;
 * the last segment of a dotted path like `input.email` counts too), described with `describe`
 * (`useI18n().errorText`), and the rest.
 */
export function formErrors(errors: ApiError[], knownFields: readonly string[], describe: (e: ApiError) => string): FormErrors {
  const result: FormErrors = { fields: {}, general: [] };
  for (const e of errors) {
    const field = e.field
      ? knownFields.includes(e.field)
        ? e.field
        : knownFields.find((f) => e.field?.split('.').pop() === f)
      : undefined;
    if (field && !result.fields[field]) result.fields[field] = describe(e);
    else result.general.push(e);
  }
  return result;
}
