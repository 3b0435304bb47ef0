import { buildCodiceFiscale, MUNICIPALITIES } from '@ixl/territory';
import { demoId, pick, seededRandom, weighted } from './random.js';

const FIRST_F = [
  'Giulia',
  'Francesca',
  'Sara',
  'Chiara',
  'Valentina',
  'Elena',
  'Silvia',
  'Laura',
  'Anna',
  'Martina',
  'Federica',
  'Paola',
  'Roberta',
  'Monica',
  'Cristina',
];
const FIRST_M = [
  'Marco',
  'Luca',
  'Andrea',
  'Matteo',
  'Davide',
  'Stefano',
  'Paolo',
  'Giuseppe',
  'Alessandro',
  'Simone',
  'Roberto',
  'Fabio',
  'Massimo',
  'Giovanni',
  'Antonio',
];
const LAST_IT = [
  'Rossi',
  'Bianchi',
  'Ferrari',
  'Russo',
  'Esposito',
  'Romano',
  'Colombo',
  'Ricci',
  'Marino',
  'Greco',
  'Bruno',
  'Gallo',
  'Conti',
  'Costa',
  'Mancini',
  'Barbieri',
  'Lombardi',
  'Fontana',
  'Santoro',
  'Mazza',
  'Zanetti',
  'Bortolotti',
  'Guidotti',
  'Bernardi',
];
const FOREIGN = [
  {
    country: 'MA',
    birthPlace: 'Z330',
    first: { F: ['Fatima', 'Khadija', 'Samira'], M: ['Mohamed', 'Youssef', 'Rachid'] },
    last: ['El Amrani', 'Benali', 'Ouali'],
  },
  {
    country: 'RO',
    birthPlace: 'Z129',
    first: { F: ['Ioana', 'Elena', 'Maria'], M: ['Andrei', 'Ion', 'Mihai'] },
    last: ['Popescu', 'Ionescu', 'Dumitru'],
  },
  {
    country: 'AL',
    birthPlace: 'Z100',
    first: { F: ['Ana', 'Elira', 'Blerta'], M: ['Arben', 'Besnik', 'Ilir'] },
    last: ['Hoxha', 'Shehu', 'Kola'],
  },
  {
    country: 'PK',
    birthPlace: 'Z236',
    first: { F: ['Ayesha', 'Sana'], M: ['Imran', 'Bilal', 'Ahmed'] },
    last: ['Khan', 'Ahmed', 'Hussain'],
  },
  {
    country: 'NG',
    birthPlace: 'Z335',
    first: { F: ['Blessing', 'Joy'], M: ['Emeka', 'Chinedu', 'Tunde'] },
    last: ['Okafor', 'Adeyemi', 'Eze'],
  },
  {
    country: 'UA',
    birthPlace: 'Z138',
    first: { F: ['Olena', 'Iryna', 'Natalia'], M: ['Oleksandr', 'Dmytro'] },
    last: ['Shevchenko', 'Kovalenko', 'Bondarenko'],
  },
] as const;

export interface DemoBeneficiary {
  id: string;
  index: number;
  firstName: string;
  lastName: string;
  codiceFiscale: string;
  email: string;
  phone: string;
  birthDate: string;
  sex: 'F' | 'M';
  citizenship: string;
  municipalityCode: string;
  registeredAt: Date;
}

export const beneficiaryId = (index: number) => demoId('beneficiary', index);

/**
 * A deterministic population: more people in Bologna than elsewhere, about half non-Italian,
 * ages 18–64, registrations spread over 2019–2026.
 */
export function demoBeneficiaries(count: number, seed = 2020): DemoBeneficiary[] {
  const rnd = seededRandom(seed);
  const bologna = MUNICIPALITIES.find((m) => m.istatCode === '037006');
  if (!bologna) throw new Error('Bologna missing from the municipalities');
  const people: DemoBeneficiary[] = [];
  const used = new Set<string>();
  for (let index = 0; index < count; index++) {
    const sex = rnd() < 0.52 ? 'F' : 'M';
    const foreign = rnd() < 0.45 ? pick(rnd, FOREIGN) : null;
    const firstName = foreign ? pick(rnd, foreign.first[sex]) : pick(rnd, sex === 'F' ? FIRST_F : FIRST_M);
    const lastName = foreign ? pick(rnd, foreign.last) : pick(rnd, LAST_IT);
    const municipality = weighted(rnd, [[bologna, 8], ...MUNICIPALITIES.filter((m) => m !== bologna).map((m) => [m, 0.25] as const)]);
    const age = 18 + Math.floor(rnd() * 47);
    const birthYear = 2026 - age;
    const birthDate = `${birthYear}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const birthPlaceCode = foreign ? foreign.birthPlace : pick(rnd, MUNICIPALITIES).cadastralCode;
    let codiceFiscale = buildCodiceFiscale({ surname: lastName, name: firstName, birthDate, sex, birthPlaceCode });
    for (let omocodia = 1; used.has(codiceFiscale); omocodia++) {
      codiceFiscale = buildCodiceFiscale({ surname: lastName, name: firstName, birthDate, sex, birthPlaceCode, omocodia });
    }
    used.add(codiceFiscale);
    const registeredAt = new Date(Date.UTC(2019, 0, 1) + Math.floor(rnd() * (7.8 * 365 * 86400_000)));
    const slug = `${firstName}.${lastName}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    people.push({
      id: beneficiaryId(index),
      index,
      firstName,
      lastName,
      codiceFiscale,
      email: index === 0 ? 'beneficiario@demo.ixl' : `${slug}.${index}@example.org`,
      phone: `+39 3${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`,
      birthDate,
      sex,
      citizenship: foreign ? foreign.country : 'IT',
      municipalityCode: municipality.istatCode,
      registeredAt,
    });
  }
  return people;
}

export const DEMO_BENEFICIARY_COUNT = 300;
