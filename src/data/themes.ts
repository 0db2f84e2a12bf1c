/**
 * Themes: the four lanes of the climate programme "Etelä-Pirkanmaan
 * ilmasto-ohjelma ja resurssiviisauden tiekartta 2020–2030", plus the
 * cross-cutting climate leadership that the project built its operating
 * model around.
 */

export const themeKeys = ['energia', 'liikkuminen', 'kulutus', 'osallisuus', 'johtaminen'] as const;

/** A theme's key, used in front matter (`themes: [energia]`) and in URLs. */
export type ThemeKey = (typeof themeKeys)[number];

export interface Theme {
  /** Short label for filters and chips. */
  label: string;
  /** One sentence: what belongs to this theme. */
  description: string;
  /** Whether the theme is one of the climate programme's four lanes. */
  programmeLane: boolean;
}

export const themes: Record<ThemeKey, Theme> = {
  energia: {
    label: 'Energian tuotanto ja käyttö',
    description: 'Uusiutuva energia, energiatehokkuus ja kiinteistöjen lämmitys.',
    programmeLane: true,
  },
  liikkuminen: {
    label: 'Liikkuminen ja yhdyskuntarakenne',
    description: 'Kävely, pyöräily, joukkoliikenne, kaavoitus ja maankäyttö.',
    programmeLane: true,
  },
  kulutus: {
    label: 'Kulutus ja materiaalit',
    description: 'Hankinnat, ruoka, kiertotalous, jätteet ja rakentamisen materiaalit.',
    programmeLane: true,
  },
  osallisuus: {
    label: 'Asukkaiden osallisuus ja luontosuhde',
    description:
      'Asukkaiden, yritysten, yhdistysten ja viljelijöiden mukaan ottaminen sekä luonto ja hiilinielut.',
    programmeLane: true,
  },
  johtaminen: {
    label: 'Ilmastojohtaminen',
    description:
      'Roolit ja vastuut, raportointi, mittarit ja ilmastoviestintä kunnan organisaatiossa.',
    programmeLane: false,
  },
};
