/**
 * The municipalities of the project. Adding a fifth municipality is one entry
 * here (plus its folder under `kunnat/`): validation, filters, the editor and
 * every label read this list.
 */

export const municipalityKeys = ['palkane', 'valkeakoski', 'akaa', 'urjala'] as const;

/** A municipality's key: its folder name under `kunnat/` and its URL part. */
export type MunicipalityKey = (typeof municipalityKeys)[number];

export interface Municipality {
  /** Name as written in Finnish running text, e.g. "Pälkäne". */
  label: string;
  /** One sentence that introduces the municipality to a reader. */
  description: string;
}

export const municipalities: Record<MunicipalityKey, Municipality> = {
  palkane: {
    label: 'Pälkäne',
    description:
      'Hankkeen pääyhteyshenkilö oli Pälkäneen ympäristötarkastaja; hankkeen sivu on Pälkäneen Ilmastovahdissa.',
  },
  valkeakoski: {
    label: 'Valkeakoski',
    description:
      'Valkeakoskella on noin 21 300 asukasta, ja se tuottaa myös Akaan ympäristöpalvelut.',
  },
  akaa: {
    label: 'Akaa',
    description:
      'Akaa seuraa ilmastotekojaan Ilmastovahdissa ilmasto-ohjelman neljän kaistan mukaan.',
  },
  urjala: {
    label: 'Urjala',
    description:
      'Urjala julkaisee Etelä-Pirkanmaan ilmasto-ohjelman sivuillaan ja seuraa tekojaan Ilmastovahdissa.',
  },
};
