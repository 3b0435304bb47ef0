import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { count, matchingProfile, postVacancy, seedProfiles, sql } from './factories.js';
import { registrationInput } from '../../people/test/factories.js';

let t: TestStack;
let staff: string;
let companyToken: string;
let companyId: string;

beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  staff = await t.tokenFor('STAFF');
  companyId = (await factories.createCompany(t.stack, 'Logistica Emilia')).id;
  companyToken = await t.tokenFor('COMPANY', { companyId });
});
afterAll(async () => {
  await t?.stop();
});

const SEARCH = `query($text: String!, $kind: VocabularyKind, $limit: Int) { vocabularySearch(text: $text, kind: $kind, limit: $limit) { id kind label iscoCode synonyms } }`;
type Concept = { id: string; kind: string; label: string; iscoCode: string | null; synonyms: string[] };
const MATCH = `query($id: ID!) { matchCandidates(vacancyId: $id, limit: 50) { firstName score explanation { matchedSkills missingSkills vocabularyMatches { term conceptId conceptLabel required matched } } } }`;
type Match = {
  firstName: string;
  score: number;
  explanation: {
    matchedSkills: string[];
    missingSkills: string[];
    vocabularyMatches: { term: string; conceptId: string | null; conceptLabel: string | null; required: boolean; matched: boolean }[];
  };
};

describe('vocabulary search-as-you-type', () => {
  it('finds concepts by the first letters of a label or a synonym, for any signed-in user', async () => {
    for (const token of [staff, companyToken, await t.tokenFor('BENEFICIARY')]) {
      const r = await t.graphql<{ vocabularySearch: Concept[] }>(SEARCH, { token, variables: { text: 'mulet' } });
      expect(r.errors).toBeUndefined();
      expect(r.data?.vocabularySearch[0]).toMatchObject({ id: 'carrelli-elevatori', label: 'Conduzione di carrelli elevatori' });
      expect(r.data?.vocabularySearch[0]?.synonyms).toContain('muletto');
    }
    const occ = await t.graphql<{ vocabularySearch: Concept[] }>(SEARCH, {
      token: staff,
      variables: { text: 'magazz', kind: 'OCCUPATION' },
    });
    expect(occ.data?.vocabularySearch.map((c) => c.kind)).not.toContain('SKILL');
    expect(occ.data?.vocabularySearch.map((c) => c.id)).toContain('o-magazziniere');
    // A label whose words a skill claimed first is still found by its own label.
    const byLabel = await t.graphql<{ vocabularySearch: Concept[] }>(SEARCH, {
      token: staff,
      variables: { text: 'magazzinie', kind: 'OCCUPATION' },
    });
    expect(byLabel.data?.vocabularySearch[0]).toMatchObject({ id: 'o-magazziniere', label: 'Magazziniere', iscoCode: '4321' });
    const accents = await t.graphql<{ vocabularySearch: Concept[] }>(SEARCH, { token: staff, variables: { text: 'QUALITÀ' } });
    expect(accents.data?.vocabularySearch.map((c) => c.id)).toContain('controllo-qualita');
  });

  it('refuses anonymous callers and bad limits, naming the field', async () => {
    expect(errorCodes(await t.graphql(SEARCH, { variables: { text: 'mag' } }))).toEqual(['UNAUTHENTICATED']);
    const bad = await t.graphql(SEARCH, { token: staff, variables: { text: 'mag', limit: 500 } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('limit');
  });
});

describe('matching on vocabulary ids', () => {
  it("finds people by the company's own words: 'magazzino, carrello elevatore' meets 'magazziniere' and 'conduzione carrelli elevatori'", async () => {
    const map = await t.graphql<{ vocabularyMap: { text: string; concept: { id: string; label: string } | null }[] }>(
      `query($texts: [String!]!) { vocabularyMap(texts: $texts) { text concept { id label } } }`,
      { token: companyToken, variables: { texts: ['magazzino', 'carrello elevatore', 'astrofisica'] } },
    );
    expect(map.data?.vocabularyMap.map((m) => m.concept?.id ?? null)).toEqual(['magazzino', 'carrelli-elevatori', null]);

    const people = await seedProfiles(t, [
      matchingProfile({ firstName: 'Maria', skills: ['Conduzione di carrelli elevatori', 'magazziniere'] }),
      matchingProfile({ firstName: 'Omar', skills: ['guida muletto', 'picking'] }),
      matchingProfile({ firstName: 'Sara', skills: ['preparazione ordini'] }),
      matchingProfile({ firstName: 'Ugo', skills: ['saldatura'] }),
    ]);
    const [row] = await sql<{ concepts: string[] }>(t, 'select "concepts" from "companies"."matching_profile" where "beneficiary_id" = ?', [
      people[0]?.beneficiaryId,
    ]);
    expect(row?.concepts).toEqual(expect.arrayContaining(['carrelli-elevatori', 'magazzino', 'logistica']));

    const v = await postVacancy(t, companyToken, {
      title: 'Magazziniere/a',
      requiredSkills: ['magazzino', 'carrello elevatore'],
      municipalityCode: '037006',
      status: 'OPEN',
    });
    const r = await t.graphql<{ matchCandidates: Match[] }>(MATCH, { token: staff, variables: { id: v.id } });
    expect(r.errors).toBeUndefined();
    const byName = new Map(r.data?.matchCandidates.map((m) => [m.firstName, m]));
    // Maria: both by concept; Omar: the forklift (muletto) and, being narrower, warehouse work; Sara: picking is warehouse work.
    expect(byName.get('Maria')?.explanation.missingSkills).toEqual([]);
    expect(byName.get('Omar')?.explanation.missingSkills).toEqual([]);
    expect(byName.get('Sara')?.explanation).toMatchObject({ matchedSkills: ['magazzino'], missingSkills: ['carrello elevatore'] });
    expect(byName.has('Ugo')).toBe(false);
    expect(byName.get('Maria')?.explanation.vocabularyMatches).toEqual([
      { term: 'magazzino', conceptId: 'magazzino', conceptLabel: 'Lavoro di magazzino', required: true, matched: true },
      {
        term: 'carrello elevatore',
        conceptId: 'carrelli-elevatori',
        conceptLabel: 'Conduzione di carrelli elevatori',
        required: true,
        matched: true,
      },
    ]);
    // A broader skill does not meet a narrower requirement.
    const narrow = await postVacancy(t, companyToken, {
      title: 'Carrellista',
      requiredSkills: ['muletto'],
      municipalityCode: '037006',
      status: 'OPEN',
    });
    const n = await t.graphql<{ matchCandidates: Match[] }>(MATCH, { token: staff, variables: { id: narrow.id } });
    expect(n.data?.matchCandidates.map((m) => m.firstName).sort()).toEqual(['Maria', 'Omar']);
  });

  it('lets staff merge a new term into a concept: people and vacancies written with it match at once', async () => {
    await seedProfiles(t, [matchingProfile({ firstName: 'Ettore', skills: ['sterratore'] })]);
    const v = await postVacancy(t, companyToken, {
      title: 'Operaio edile',
      requiredSkills: ['lavori edili'],
      municipalityCode: '037006',
      status: 'OPEN',
    });
    const before = await t.graphql<{ matchCandidates: Match[] }>(MATCH, { token: staff, variables: { id: v.id } });
    expect(before.data?.matchCandidates.map((m) => m.firstName)).not.toContain('Ettore');
    const unmapped = await t.graphql<{ vocabularyUnmappedTerms: { text: string; uses: number }[] }>(
      '{ vocabularyUnmappedTerms(limit: 50) { text uses } }',
      { token: staff },
    );
    expect(unmapped.data?.vocabularyUnmappedTerms).toContainEqual({ text: 'sterratore', uses: 1 });

    const MERGE = `mutation($term: String!, $id: ID!) { mergeVocabularyTerm(term: $term, conceptId: $id) { id label synonyms } }`;
    const terms = await count(t, 'vocabulary_term');
    expect(errorCodes(await t.graphql(MERGE, { token: companyToken, variables: { term: 'sterratore', id: 'edilizia' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const unknown = await t.graphql(MERGE, { token: staff, variables: { term: 'sterratore', id: 'non-esiste' } });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.extensions?.field).toBe('conceptId');
    const clash = await t.graphql(MERGE, { token: staff, variables: { term: 'Muletti', id: 'edilizia' } });
    expect(errorCodes(clash)).toEqual(['CONFLICT']);
    expect(clash.errors?.[0]?.extensions?.field).toBe('term');
    const empty = await t.graphql(MERGE, { token: staff, variables: { term: '  ', id: 'edilizia' } });
    expect(empty.errors?.[0]?.extensions?.field).toBe('term');
    expect(await count(t, 'vocabulary_term')).toBe(terms);

    const ok = await t.graphql<{ mergeVocabularyTerm: { id: string; synonyms: string[] } }>(MERGE, {
      token: staff,
      variables: { term: 'sterratore', id: 'edilizia' },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.mergeVocabularyTerm.synonyms).toContain('sterratore');
    const after = await t.graphql<{ matchCandidates: Match[] }>(MATCH, { token: staff, variables: { id: v.id } });
    expect(after.data?.matchCandidates.find((m) => m.firstName === 'Ettore')?.explanation.missingSkills).toEqual([]);
  });

  it("takes a person's profile edit from the people subgraph into matching at once", async () => {
    const { id } = await t.registerVerified(registrationInput({ firstName: 'Giada' }));
    expect(id).toBeTruthy();
    const upd = await t.graphql(
      `mutation($id: ID!, $input: BeneficiaryProfileInput!) { updateBeneficiaryProfile(beneficiaryId: $id, input: $input) { id } }`,
      { token: staff, variables: { id, input: { skills: [{ label: 'Conduzione di carrelli elevatori' }] } } },
    );
    expect(upd.errors).toBeUndefined();
    await factories.drainEvents(t.stack);
    const [row] = await sql<{ concepts: string[] }>(t, 'select "concepts" from "companies"."matching_profile" where "beneficiary_id" = ?', [
      id,
    ]);
    expect(row?.concepts).toEqual(['carrelli-elevatori', 'logistica', 'magazzino']);
  });
});
