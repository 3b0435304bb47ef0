/**
 * A PostgreSQL array literal (`{"a","b"}`) for a `?::text[]` parameter: the query layer would expand a
 * JS array into a list of parameters, so arrays travel as one quoted literal.
 */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
