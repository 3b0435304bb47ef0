import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, isEnumType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enumLabel, type Catalog } from '@ixl/ui';
import { ENUM_CATALOG, portalCatalog } from '@ixl/ui/catalogues';
import { STAFF_MESSAGES } from '../staff/src/messages.js';

/**
 * Every value of every enum of the composed API schema (the snapshot the portals are generated from, checked
 * against the supergraph by test/schema) has an Italian and an English label, so no portal shows a raw code.
 */
const schema = buildASTSchema(parse(readFileSync(fileURLToPath(new URL('../api-schema.graphql', import.meta.url)), 'utf8')));
const enums = Object.values(schema.getTypeMap()).filter((t) => isEnumType(t) && !t.name.startsWith('__'));

describe('API enum labels', () => {
  it('walks a schema with enums', () => {
    expect(enums.length).toBeGreaterThan(40);
  });

  it('has an Italian and an English label for every value of every enum of the API schema', () => {
    const missing: string[] = [];
    for (const e of enums)
      if (isEnumType(e))
        for (const v of e.getValues())
          for (const lang of ['it', 'en'] as const)
            if (!ENUM_CATALOG[lang][`enum.${e.name}.${v.name}`]?.trim())
              missing.push(`${lang}: add 'enum.${e.name}.${v.name}': '…' to packages/ui/web/enum-labels.${lang}.ts`);
    expect(missing).toEqual([]);
  });

  it('labels are words, not the code itself (except codes that are names, like CEFR levels or CV)', () => {
    const raw = Object.entries(ENUM_CATALOG.it).filter(([k, label]) => /^[A-Z][A-Z0-9_]{3,}$/.test(label) && k.endsWith(`.${label}`));
    expect(raw).toEqual([]);
  });

  it('reads labels by enum name and falls back to them for portal prefixes', () => {
    const catalog: Catalog = portalCatalog(STAFF_MESSAGES);
    expect(enumLabel(catalog, 'it', 'BeneficiaryLanguageLevel', 'NATIVE')).toBe('Madrelingua');
    expect(enumLabel(catalog, 'it', 'SupportPaymentKind', 'OVER55_HIRING')).toBe('Incentivo assunzione over 55');
    expect(enumLabel(catalog, 'en', 'ProjectCallKind', 'OVER_55_HIRING')).toBe('Over-55 hiring');
    expect(catalog.it['code.CourseSubject.CV_DINAMICO']).toBe('Scrivere un curriculum efficace');
  });
});
