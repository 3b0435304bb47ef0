/**
 * The 55 municipalities (comuni) of the Città metropolitana di Bologna (ISTAT province code 037).
 *
 * Sources: ISTAT codes, official names and cadastral (Belfiore) codes follow the ISTAT list of
 * municipalities (current after the 2014 Valsamoggia and 2016 Alto Reno Terme mergers).
 * Coordinates are approximate town-centre points (3 decimals, WGS84); for the merged
 * municipalities they are a point inside the municipal territory, not a single historic centre.
 * Districts are the seven distretti socio-sanitari of the AUSL di Bologna / AUSL di Imola.
 */

export const DISTRICTS = [
  'Bologna',
  'Pianura Est',
  'Pianura Ovest',
  'Reno, Lavino e Samoggia',
  'Appennino Bolognese',
  'Savena-Idice',
  'Imola',
] as const;

export type District = (typeof DISTRICTS)[number];

export interface Municipality {
  /** 6-digit ISTAT code, e.g. '037006' for Bologna. */
  readonly istatCode: string;
  /** Official Italian name, e.g. "San Lazzaro di Savena". */
  readonly name: string;
  /** Distretto socio-sanitario. */
  readonly district: District;
  /** Cadastral (Belfiore) code, as used in the codice fiscale, e.g. 'A944'. */
  readonly cadastralCode: string;
  /** Approximate latitude of the town centre (WGS84, degrees north). */
  readonly lat: number;
  /** Approximate longitude of the town centre (WGS84, degrees east). */
  readonly lon: number;
}

const DATA: Municipality[] = [
  { istatCode: '037001', name: "Anzola dell'Emilia", district: 'Pianura Ovest', cadastralCode: 'A324', lat: 44.547, lon: 11.193 },
  { istatCode: '037002', name: 'Argelato', district: 'Pianura Est', cadastralCode: 'A392', lat: 44.642, lon: 11.348 },
  { istatCode: '037003', name: 'Baricella', district: 'Pianura Est', cadastralCode: 'A665', lat: 44.646, lon: 11.533 },
  { istatCode: '037005', name: 'Bentivoglio', district: 'Pianura Est', cadastralCode: 'A785', lat: 44.636, lon: 11.417 },
  { istatCode: '037006', name: 'Bologna', district: 'Bologna', cadastralCode: 'A944', lat: 44.494, lon: 11.343 },
  { istatCode: '037007', name: 'Borgo Tossignano', district: 'Imola', cadastralCode: 'B044', lat: 44.276, lon: 11.59 },
  { istatCode: '037008', name: 'Budrio', district: 'Pianura Est', cadastralCode: 'B249', lat: 44.538, lon: 11.535 },
  { istatCode: '037009', name: 'Calderara di Reno', district: 'Pianura Ovest', cadastralCode: 'B399', lat: 44.563, lon: 11.272 },
  { istatCode: '037010', name: 'Camugnano', district: 'Appennino Bolognese', cadastralCode: 'B572', lat: 44.17, lon: 11.089 },
  {
    istatCode: '037011',
    name: 'Casalecchio di Reno',
    district: 'Reno, Lavino e Samoggia',
    cadastralCode: 'B880',
    lat: 44.476,
    lon: 11.276,
  },
  { istatCode: '037012', name: 'Casalfiumanese', district: 'Imola', cadastralCode: 'B892', lat: 44.297, lon: 11.624 },
  { istatCode: '037013', name: "Castel d'Aiano", district: 'Appennino Bolognese', cadastralCode: 'C075', lat: 44.276, lon: 10.999 },
  { istatCode: '037014', name: 'Castel del Rio', district: 'Imola', cadastralCode: 'C086', lat: 44.214, lon: 11.504 },
  { istatCode: '037015', name: 'Castel di Casio', district: 'Appennino Bolognese', cadastralCode: 'B969', lat: 44.163, lon: 11.036 },
  { istatCode: '037016', name: 'Castel Guelfo di Bologna', district: 'Imola', cadastralCode: 'C121', lat: 44.431, lon: 11.677 },
  { istatCode: '037017', name: "Castello d'Argile", district: 'Pianura Est', cadastralCode: 'C185', lat: 44.681, lon: 11.296 },
  { istatCode: '037019', name: 'Castel Maggiore', district: 'Pianura Est', cadastralCode: 'C204', lat: 44.576, lon: 11.365 },
  { istatCode: '037020', name: 'Castel San Pietro Terme', district: 'Imola', cadastralCode: 'C265', lat: 44.401, lon: 11.585 },
  { istatCode: '037021', name: 'Castenaso', district: 'Pianura Est', cadastralCode: 'C292', lat: 44.509, lon: 11.47 },
  { istatCode: '037022', name: 'Castiglione dei Pepoli', district: 'Appennino Bolognese', cadastralCode: 'C296', lat: 44.143, lon: 11.167 },
  { istatCode: '037024', name: 'Crevalcore', district: 'Pianura Ovest', cadastralCode: 'D166', lat: 44.721, lon: 11.15 },
  { istatCode: '037025', name: 'Dozza', district: 'Imola', cadastralCode: 'D360', lat: 44.359, lon: 11.629 },
  { istatCode: '037026', name: 'Fontanelice', district: 'Imola', cadastralCode: 'D668', lat: 44.26, lon: 11.56 },
  { istatCode: '037027', name: 'Gaggio Montano', district: 'Appennino Bolognese', cadastralCode: 'D847', lat: 44.197, lon: 10.933 },
  { istatCode: '037028', name: 'Galliera', district: 'Pianura Est', cadastralCode: 'D878', lat: 44.749, lon: 11.427 },
  { istatCode: '037030', name: "Granarolo dell'Emilia", district: 'Pianura Est', cadastralCode: 'E136', lat: 44.553, lon: 11.443 },
  { istatCode: '037031', name: 'Grizzana Morandi', district: 'Appennino Bolognese', cadastralCode: 'E187', lat: 44.257, lon: 11.153 },
  { istatCode: '037032', name: 'Imola', district: 'Imola', cadastralCode: 'E289', lat: 44.354, lon: 11.714 },
  { istatCode: '037033', name: 'Lizzano in Belvedere', district: 'Appennino Bolognese', cadastralCode: 'A771', lat: 44.162, lon: 10.894 },
  { istatCode: '037034', name: 'Loiano', district: 'Savena-Idice', cadastralCode: 'E655', lat: 44.266, lon: 11.326 },
  { istatCode: '037035', name: 'Malalbergo', district: 'Pianura Est', cadastralCode: 'E844', lat: 44.719, lon: 11.532 },
  { istatCode: '037036', name: 'Marzabotto', district: 'Appennino Bolognese', cadastralCode: 'B689', lat: 44.341, lon: 11.205 },
  { istatCode: '037037', name: 'Medicina', district: 'Imola', cadastralCode: 'F083', lat: 44.477, lon: 11.638 },
  { istatCode: '037038', name: 'Minerbio', district: 'Pianura Est', cadastralCode: 'F219', lat: 44.624, lon: 11.491 },
  { istatCode: '037039', name: 'Molinella', district: 'Pianura Est', cadastralCode: 'F288', lat: 44.621, lon: 11.67 },
  { istatCode: '037040', name: 'Monghidoro', district: 'Savena-Idice', cadastralCode: 'F363', lat: 44.22, lon: 11.319 },
  { istatCode: '037041', name: 'Monterenzio', district: 'Savena-Idice', cadastralCode: 'F597', lat: 44.327, lon: 11.406 },
  { istatCode: '037042', name: 'Monte San Pietro', district: 'Reno, Lavino e Samoggia', cadastralCode: 'F627', lat: 44.428, lon: 11.151 },
  { istatCode: '037044', name: 'Monzuno', district: 'Appennino Bolognese', cadastralCode: 'F706', lat: 44.279, lon: 11.266 },
  { istatCode: '037045', name: 'Mordano', district: 'Imola', cadastralCode: 'F718', lat: 44.397, lon: 11.811 },
  { istatCode: '037046', name: "Ozzano dell'Emilia", district: 'Savena-Idice', cadastralCode: 'G205', lat: 44.445, lon: 11.476 },
  { istatCode: '037047', name: 'Pianoro', district: 'Savena-Idice', cadastralCode: 'G570', lat: 44.393, lon: 11.342 },
  { istatCode: '037048', name: 'Pieve di Cento', district: 'Pianura Est', cadastralCode: 'G643', lat: 44.713, lon: 11.307 },
  { istatCode: '037050', name: 'Sala Bolognese', district: 'Pianura Ovest', cadastralCode: 'H678', lat: 44.63, lon: 11.273 },
  {
    istatCode: '037051',
    name: 'San Benedetto Val di Sambro',
    district: 'Appennino Bolognese',
    cadastralCode: 'G566',
    lat: 44.215,
    lon: 11.233,
  },
  { istatCode: '037052', name: 'San Giorgio di Piano', district: 'Pianura Est', cadastralCode: 'H896', lat: 44.647, lon: 11.375 },
  { istatCode: '037053', name: 'San Giovanni in Persiceto', district: 'Pianura Ovest', cadastralCode: 'G467', lat: 44.639, lon: 11.187 },
  { istatCode: '037054', name: 'San Lazzaro di Savena', district: 'Savena-Idice', cadastralCode: 'H945', lat: 44.472, lon: 11.405 },
  { istatCode: '037055', name: 'San Pietro in Casale', district: 'Pianura Est', cadastralCode: 'I110', lat: 44.699, lon: 11.403 },
  { istatCode: '037056', name: "Sant'Agata Bolognese", district: 'Pianura Ovest', cadastralCode: 'I191', lat: 44.664, lon: 11.134 },
  { istatCode: '037057', name: 'Sasso Marconi', district: 'Reno, Lavino e Samoggia', cadastralCode: 'G972', lat: 44.4, lon: 11.248 },
  { istatCode: '037059', name: 'Vergato', district: 'Appennino Bolognese', cadastralCode: 'L762', lat: 44.283, lon: 11.107 },
  { istatCode: '037060', name: 'Zola Predosa', district: 'Reno, Lavino e Samoggia', cadastralCode: 'M185', lat: 44.49, lon: 11.218 },
  { istatCode: '037061', name: 'Valsamoggia', district: 'Reno, Lavino e Samoggia', cadastralCode: 'M320', lat: 44.44, lon: 11.059 },
  { istatCode: '037062', name: 'Alto Reno Terme', district: 'Appennino Bolognese', cadastralCode: 'M369', lat: 44.124, lon: 10.937 },
];

/** All 55 municipalities, sorted by ISTAT code. */
export const MUNICIPALITIES: readonly Municipality[] = Object.freeze(DATA.map((m) => Object.freeze({ ...m })));

/**
 * Normalises a municipality name for lookups: strips accents, lowercases, and turns every run
 * of non-alphanumeric characters (apostrophes of any kind, hyphens, spaces) into one space.
 */
export function normalizeMunicipalityName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byIstat = new Map(MUNICIPALITIES.map((m) => [m.istatCode, m] as const));
const byCadastral = new Map(MUNICIPALITIES.map((m) => [m.cadastralCode, m] as const));
const byName = new Map(MUNICIPALITIES.map((m) => [normalizeMunicipalityName(m.name), m] as const));

function normalizeIstatCode(istatCode: string): string {
  const trimmed = istatCode.trim();
  // Tolerate codes that lost their leading zero (e.g. '37006' from a numeric column).
  return /^\d{1,6}$/.test(trimmed) ? trimmed.padStart(6, '0') : trimmed;
}

/** Looks a municipality up by its ISTAT code ('037006'; '37006' is accepted too). */
export function findMunicipality(istatCode: string): Municipality | undefined {
  return byIstat.get(normalizeIstatCode(istatCode));
}

/** Looks a municipality up by name, ignoring case, accents, apostrophes and extra spaces. */
export function findMunicipalityByName(name: string): Municipality | undefined {
  return byName.get(normalizeMunicipalityName(name));
}

/** Looks a municipality up by its cadastral (Belfiore) code, e.g. the birth place of a codice fiscale. */
export function findMunicipalityByCadastralCode(cadastralCode: string): Municipality | undefined {
  return byCadastral.get(cadastralCode.trim().toUpperCase());
}

/** True when the ISTAT code belongs to one of the 55 municipalities of the metropolitan area. */
export function isInMetroArea(istatCode: string): boolean {
  return findMunicipality(istatCode) !== undefined;
}

/** The municipalities of one distretto, sorted by ISTAT code. */
export function municipalitiesInDistrict(district: District): readonly Municipality[] {
  return MUNICIPALITIES.filter((m) => m.district === district);
}
