/**
 * The 16 federal states by the ISO 3166-2 code the schema expects (it decides the public holidays,
 * holidays.ts) and their German names: the configurator offers them, the vCard writes the office's in
 * its address. A module of its own: in the one file it then sits beside the vCard, its only user
 * there (next to the holidays, the file grew by 75 B gzip).
 */
export const REGIONS: Readonly<Record<string, string>> = {
  'DE-BW': 'Baden-Württemberg',
  'DE-BY': 'Bayern',
  'DE-BE': 'Berlin',
  'DE-BB': 'Brandenburg',
  'DE-HB': 'Bremen',
  'DE-HH': 'Hamburg',
  'DE-HE': 'Hessen',
  'DE-MV': 'Mecklenburg-Vorpommern',
  'DE-NI': 'Niedersachsen',
  'DE-NW': 'Nordrhein-Westfalen',
  'DE-RP': 'Rheinland-Pfalz',
  'DE-SL': 'Saarland',
  'DE-SN': 'Sachsen',
  'DE-ST': 'Sachsen-Anhalt',
  'DE-SH': 'Schleswig-Holstein',
  'DE-TH': 'Thüringen',
};
