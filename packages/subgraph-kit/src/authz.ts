import { isStaff, type Caller, type Role } from '@ixl/auth';
import { UseMiddleware, getMetadataStorage } from 'type-graphql';
import { DomainError } from './errors.js';

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN unless the caller has one of `roles`. */
export function requireRole(caller: Caller, ...roles: Role[]): void {
  if (caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
  if (!roles.includes(caller.role)) throw new DomainError('NOT_ALLOWED', {});
}

export function requireStaff(caller: Caller): void {
  requireRole(caller, 'STAFF', 'ADMIN');
}

export function requireAuthenticated(caller: Caller): void {
  if (caller.role === 'ANONYMOUS' || !caller.userId) throw new DomainError('LOGIN_REQUIRED', {});
}

export { isStaff };

/** A field's read rule, declared next to the field with `@ReadableBy` (issue 18, finding 3). */
interface DeclaredRule {
  target: Function; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  property: string;
  roles: readonly Role[];
}
const declared: DeclaredRule[] = [];

/**
 * Who may read this field, declared once next to it (on a `@Field` property or a `@FieldResolver`
 * method): any other caller gets FORBIDDEN for the field (null in the answer, the rest of it intact).
 * Ownership stays where the object is reached (a person only reaches its own record); this decides
 * which roles see the field at all. `test/security/field-rules.spec.ts` checks the authorisation
 * matrix against these declarations.
 */
export function ReadableBy(...roles: Role[]): PropertyDecorator & MethodDecorator {
  return (prototype: object, property: string | symbol, descriptor?: PropertyDescriptor) => {
    declared.push({ target: prototype.constructor, property: String(property), roles });
    UseMiddleware(({ context }: { context: { caller: Caller } }, next) => {
      const caller = context.caller;
      if (caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
      if (!roles.includes(caller.role)) throw new DomainError('FIELD_NOT_READABLE', { roles: roles.join(', ') });
      return next();
    })(prototype, property, descriptor as PropertyDescriptor);
  };
}

/** Every `@ReadableBy` declaration as `{ type, field, roles }`, with the GraphQL type and field names. */
export function declaredFieldRules(): { type: string; field: string; roles: readonly Role[] }[] {
  const storage = getMetadataStorage();
  return declared.map((d) => {
    let type = storage.objectTypes.find((o) => o.target === d.target)?.name;
    let field = storage.fields.find((f) => f.target === d.target && f.name === d.property)?.schemaName;
    if (!type) {
      // A @FieldResolver method on a resolver class: the type is the resolver's object type.
      const resolver = storage.fieldResolvers.find((f) => f.target === d.target && f.methodName === d.property);
      const objectTarget = resolver?.getObjectType?.() ?? storage.resolverClasses.find((r) => r.target === d.target)?.getObjectType?.();
      type = storage.objectTypes.find((o) => o.target === objectTarget)?.name;
      field = resolver?.schemaName ?? d.property;
    }
    return { type: type ?? d.target.name, field: field ?? d.property, roles: d.roles };
  });
}
