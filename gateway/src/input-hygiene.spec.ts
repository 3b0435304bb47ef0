import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { findNulByte } from './input-hygiene.js';

describe('NUL characters in a document seen again (the same parsed document at every request)', () => {
  it("still checks each request's variables once the document is known to be clean", () => {
    const doc = parse('query($s: String) { beneficiaries(search: $s) { totalCount } }');
    expect(findNulByte(doc, { s: 'Rossi' })).toBeUndefined();
    expect(findNulByte(doc, { s: 'Ros\0si' })).toBe('s');
    expect(findNulByte(doc, { s: { deep: ['ok', 'n\0o'] } })).toBe('s.deep.1');
    expect(findNulByte(doc, { s: 'Rossi' })).toBeUndefined();
  });

  it('refuses a literal with NUL at every request, naming its argument', () => {
    const doc = parse('{ beneficiaries(search: "a\\u0000b") { totalCount } }');
    for (let i = 0; i < 3; i++) expect(findNulByte(doc, {})).toBe('search');
  });
});
