/**
 * Content types and their front matter schemas. A file's type follows from
 * its folder (see `typeOfPath`), so a writer never has to name it.
 */

import {actorKeys, actors} from './actors';
import {
  contentTypeNames,
  costKeys,
  costs,
  effortKeys,
  efforts,
  eventKindKeys,
  eventKinds,
  impactFieldOrder,
  impactLabels,
  type ContentTypeKey,
} from './contentNames';
import type {ChoiceField, FieldSpecs, InferFields} from './fields';
import {municipalities, municipalityKeys} from './municipalities';
import {phaseKeys, phases} from './phases';
import {themeKeys, themes} from './themes';

export {
  contentTypeKeys,
  contentTypeNames,
  costKeys,
  costs,
  effortKeys,
  efforts,
  eventKindKeys,
  eventKinds,
  impactFieldOrder,
  impactLabels,
  typeOfPath,
  type ContentTypeKey,
  type CostKey,
  type EffortKey,
  type EventKindKey,
  type ImpactField,
} from './contentNames';

function labelsOf<K extends string>(
  record: Readonly<Record<K, {label: string}>>,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<{label: string}>(record).map(([key, value]) => [key, value.label]),
  ) as Record<K, string>;
}

const themeChoice = {
  kind: 'choice',
  label: 'Teemat',
  description: 'Ilmasto-ohjelman kaistat ja ilmastojohtaminen, joihin sivu liittyy.',
  options: themeKeys,
  optionLabels: labelsOf(themes),
  multiple: true,
} as const;

const actorChoice = {
  kind: 'choice',
  label: 'Toimijat',
  description: 'Ketkä ovat mukana: kunta, asukkaat, yritykset, yhdistykset, maatalous.',
  options: actorKeys,
  optionLabels: labelsOf(actors),
  multiple: true,
} as const;

const requiredThemes = {...themeChoice, required: true} as const satisfies ChoiceField;
const optionalThemes = {...themeChoice, required: false} as const satisfies ChoiceField;
const requiredActors = {...actorChoice, required: true} as const satisfies ChoiceField;
const optionalActors = {...actorChoice, required: false} as const satisfies ChoiceField;

/** Fields every content file has. */
const commonFields = {
  title: {
    kind: 'text',
    label: 'Otsikko',
    description: 'Sivun otsikko. Lyhyt ja kuvaava.',
    required: true,
  },
  description: {
    kind: 'text',
    label: 'Tiivistelmä',
    description:
      'Yksi tai kaksi virkettä, jotka kertovat sivun asian. Näkyy sivun alussa, korteissa ja hakutuloksissa.',
    required: true,
  },
  sources: {
    kind: 'objectlist',
    label: 'Lähteet',
    description:
      'Julkiset lähteet, joihin sivun tiedot perustuvat. Jokaisella lähteellä on nimi, verkko-osoite ja päivä, jona se tarkistettiin.',
    required: true,
    minItems: 1,
    fields: {
      title: {
        kind: 'text',
        label: 'Lähteen nimi',
        description: 'Esimerkiksi "Hiilineutraali Etelä-Pirkanmaa 2030, Pälkäneen Ilmastovahti".',
        required: true,
      },
      url: {
        kind: 'url',
        label: 'Osoite',
        description:
          'Sen sivun oma osoite, jolla tieto kerrotaan (ei sivuston etusivua). Alkaa https://',
        required: true,
      },
      checked: {
        kind: 'date',
        label: 'Tarkistettu',
        description:
          'Päivä, jona luit lähteen ja tarkistit, että tieto on siinä yhä, muodossa VVVV-KK-PP.',
        required: true,
        today: true,
      },
    },
  },
  example: {
    kind: 'boolean',
    label: 'Esimerkki',
    description:
      'true, jos sivu on havainnollistava esimerkki eikä kuvaa julkisesti dokumentoitua tapahtumaa. Sivulla näkyy silloin Esimerkki-merkintä.',
    required: false,
  },
} as const satisfies FieldSpecs;

/** A web page that a figure comes from, and when it was read there. */
const figureSourceFields = {
  source: {
    kind: 'text',
    label: 'Lähteen nimi',
    description:
      'Sivu tai julkaisu, jossa luku kerrotaan, esimerkiksi "Akaa paransi energiatehokkuuttaan, Akaan kaupunki".',
    required: true,
  },
  url: {
    kind: 'url',
    label: 'Lähteen osoite',
    description: 'Sen sivun osoite, jossa luku kerrotaan (ei sivuston etusivu).',
    required: true,
  },
  checked: {
    kind: 'date',
    label: 'Tarkistettu',
    description: 'Päivä, jona luku tarkistettiin lähteestä, muodossa VVVV-KK-PP.',
    required: true,
  },
} as const satisfies FieldSpecs;

/**
 * Impact and lessons: optional fields of practices and case notes, shown in
 * this order under "Vaikutukset ja opit" and exported in the open data.
 * Figures are only those a public source gives, each with its source.
 */
const impactFields = {
  outcomes: {
    kind: 'objectlist',
    label: impactLabels.outcomes,
    description:
      'Avainluvut, joilla muutos on julkisesti kerrottu (esimerkiksi t CO₂e, MWh tai euroa), kukin lähteineen. Jätä pois, jos julkista lukua ei ole.',
    required: false,
    fields: {
      label: {
        kind: 'text',
        label: 'Mikä luku',
        description: 'Mitä luku kertoo, esimerkiksi "Energiansäästö".',
        required: true,
      },
      value: {
        kind: 'number',
        label: 'Arvo',
        description: 'Luku sellaisena kuin lähde sen kertoo.',
        required: true,
      },
      unit: {
        kind: 'text',
        label: 'Yksikkö',
        description: 'Esimerkiksi "MWh" tai "t CO₂e".',
        required: true,
      },
      year: {
        kind: 'number',
        label: 'Vuosi',
        description: 'Vuosi, jota luku koskee.',
        required: false,
        integer: true,
        min: 1990,
        max: 2100,
      },
      approximate: {
        kind: 'boolean',
        label: 'Likimääräinen',
        description: 'true, jos lähde sanoo "noin". Sivulla näkyy silloin "noin".',
        required: false,
      },
      ...figureSourceFields,
    },
  },
  successFactors: {
    kind: 'textlist',
    label: impactLabels.successFactors,
    description: 'Mikä lähteiden mukaan auttoi onnistumaan. Yksi asia kohtaa kohden.',
    required: false,
  },
  obstacles: {
    kind: 'textlist',
    label: impactLabels.obstacles,
    description: 'Mikä lähteiden mukaan hidasti tai rajoitti. Yksi asia kohtaa kohden.',
    required: false,
  },
  costFigures: {
    kind: 'objectlist',
    label: impactLabels.costFigures,
    description: 'Mitä toteutus maksoi, vain jos summa on julkisessa lähteessä.',
    required: false,
    fields: {
      label: {
        kind: 'text',
        label: 'Mikä kustannus',
        description: 'Esimerkiksi "Hankkeen kokonaisbudjetti".',
        required: true,
      },
      value: {kind: 'number', label: 'Summa', description: 'Summa lähteen mukaan.', required: true},
      unit: {kind: 'text', label: 'Yksikkö', description: 'Esimerkiksi "€".', required: true},
      ...figureSourceFields,
    },
  },
  lessons: {
    kind: 'textlist',
    label: impactLabels.lessons,
    description:
      'Oppaan kirjoittajien havainnot: mitä tekisimme toisin, jos aloittaisimme nyt. Kirjoita havainto, älä lainausta, jota ei ole lähteessä.',
    required: false,
  },
} as const satisfies FieldSpecs;

// The names and order are in contentNames.ts (pages load them without the
// field specs); every field named there is one of these.
impactFieldOrder satisfies readonly (keyof typeof impactFields)[];

export const chapterFields = {
  ...commonFields,
  themes: optionalThemes,
} as const satisfies FieldSpecs;

export const practiceFields = {
  ...commonFields,
  themes: requiredThemes,
  actors: requiredActors,
  municipalities: {
    kind: 'choice',
    label: 'Käytetty kunnissa',
    description:
      'Kunnat, joissa käytäntöä on julkisen lähteen mukaan käytetty. Jätä tyhjäksi, jos lähdettä ei ole.',
    required: false,
    options: municipalityKeys,
    optionLabels: labelsOf(municipalities),
    multiple: true,
  },
  effort: {
    kind: 'choice',
    label: 'Työmäärä',
    description: 'Kuinka paljon työtä käytäntö vaatii.',
    required: true,
    options: effortKeys,
    optionLabels: labelsOf(efforts),
    multiple: false,
  },
  cost: {
    kind: 'choice',
    label: 'Kustannusluokka',
    description: 'Kulut työajan lisäksi.',
    required: true,
    options: costKeys,
    optionLabels: labelsOf(costs),
    multiple: false,
  },
  duration: {
    kind: 'text',
    label: 'Kesto',
    description: 'Kuinka kauan käyttöönotto kestää, esimerkiksi "2–3 kuukautta".',
    required: true,
  },
  ...impactFields,
} as const satisfies FieldSpecs;

export const eventFields = {
  ...commonFields,
  event: {
    kind: 'choice',
    label: 'Tilaisuuden laji',
    description: 'Työpaja vai koulutus.',
    required: true,
    options: eventKindKeys,
    optionLabels: labelsOf(eventKinds),
    multiple: false,
  },
  date: {
    kind: 'date',
    label: 'Päivämäärä',
    description: 'Päivä, jona tilaisuus pidettiin tai jona se oli tehty, muodossa VVVV-KK-PP.',
    required: true,
  },
  audience: {
    kind: 'text',
    label: 'Kohderyhmä',
    description: 'Kenelle tilaisuus oli tarkoitettu.',
    required: true,
  },
  themes: optionalThemes,
} as const satisfies FieldSpecs;

export const caseNoteFields = {
  ...commonFields,
  municipality: {
    kind: 'choice',
    label: 'Kunta',
    description: 'Kunta, jonka toimenpidettä muistiinpano kuvaa. Sama kuin kansion nimi.',
    required: true,
    options: municipalityKeys,
    optionLabels: labelsOf(municipalities),
    multiple: false,
  },
  themes: requiredThemes,
  actors: optionalActors,
  phase: {
    kind: 'choice',
    label: 'Vaihe',
    description: 'Missä vaiheessa toimenpide on nyt.',
    required: true,
    options: phaseKeys,
    optionLabels: labelsOf(phases),
    multiple: false,
  },
  start: {
    kind: 'date',
    label: 'Alkaa',
    description: 'Toimenpiteen alkupäivä muodossa VVVV-KK-PP.',
    required: false,
  },
  end: {
    kind: 'date',
    label: 'Päättyy',
    description: 'Toimenpiteen päättymispäivä muodossa VVVV-KK-PP.',
    required: false,
  },
  tasks: {
    kind: 'objectlist',
    label: 'Tehtävät',
    description:
      'Toimenpiteen tehtävät. Tehdyllä tehtävällä on valmistumispäivä (done); tekemättömältä se puuttuu.',
    required: false,
    fields: {
      title: {
        kind: 'text',
        label: 'Tehtävä',
        description: 'Mitä tehdään.',
        required: true,
      },
      done: {
        kind: 'date',
        label: 'Valmistui',
        description: 'Päivä, jona tehtävä valmistui, muodossa VVVV-KK-PP.',
        required: false,
      },
    },
  },
  responsible: {
    kind: 'textlist',
    label: 'Vastuuorganisaatiot',
    description: 'Organisaatiot, jotka vastaavat toimenpiteestä.',
    required: true,
    minItems: 1,
  },
  contacts: {
    kind: 'objectlist',
    label: 'Yhteyshenkilöt',
    description:
      'Keneltä voi kysyä: rooli ja organisaatio. Nimi vain, jos se on julkisessa lähteessä. Ei puhelinnumeroita eikä sähköpostiosoitteita.',
    required: false,
    fields: {
      role: {
        kind: 'text',
        label: 'Rooli',
        description: 'Esimerkiksi "ympäristötarkastaja" tai "ilmastoasiantuntija".',
        required: true,
      },
      organisation: {
        kind: 'text',
        label: 'Organisaatio',
        description: 'Esimerkiksi "Pälkäneen kunta".',
        required: true,
      },
      name: {
        kind: 'text',
        label: 'Nimi',
        description: 'Henkilön nimi, jos se on julkisessa lähteessä.',
        required: false,
      },
    },
  },
  updated: {
    kind: 'date',
    label: 'Tietoja päivitetty',
    description: 'Päivä, jona tiedot on viimeksi tarkistettu, muodossa VVVV-KK-PP.',
    required: true,
    today: true,
  },
  ...impactFields,
} as const satisfies FieldSpecs;

const municipalityChoice = {
  kind: 'choice',
  label: 'Kunta',
  description: 'Kunta, jota luku koskee. Jätä tyhjäksi, jos luku koskee koko aluetta.',
  required: false,
  options: municipalityKeys,
  optionLabels: labelsOf(municipalities),
  multiple: false,
} as const satisfies ChoiceField;

const yearField = {
  kind: 'number',
  label: 'Vuosi',
  description: 'Vuosi, jota luku koskee.',
  required: true,
  integer: true,
  min: 1990,
  max: 2100,
} as const;

export const indicatorFields = {
  ...commonFields,
  unit: {
    kind: 'text',
    label: 'Yksikkö',
    description: 'Missä yksikössä luvut ovat, esimerkiksi "kt CO₂e" tai "%".',
    required: true,
  },
  definition: {
    kind: 'text',
    label: 'Määritelmä',
    description: 'Mitä mittari mittaa ja miten luku lasketaan, yhdellä tai kahdella virkkeellä.',
    required: true,
  },
  dataSource: {
    kind: 'text',
    label: 'Tietolähde',
    description:
      'Mistä uudet luvut saa, esimerkiksi "Suomen ympäristökeskus (Syke), kuntien päästötiedot".',
    required: true,
  },
  dataSourceUrl: {
    kind: 'url',
    label: 'Tietolähteen osoite',
    description: 'Sen palvelun tai sivun osoite, josta uudet luvut saa.',
    required: true,
  },
  maintainer: {
    kind: 'text',
    label: 'Kuka päivittää',
    description: 'Kuka tuottaa ja päivittää luvut, esimerkiksi "Suomen ympäristökeskus".',
    required: true,
  },
  frequency: {
    kind: 'text',
    label: 'Päivitystiheys',
    description: 'Kuinka usein uusi luku tulee, esimerkiksi "Kerran vuodessa".',
    required: true,
  },
  themes: optionalThemes,
  targets: {
    kind: 'objectlist',
    label: 'Tavoitteet',
    description:
      'Julkisesti asetetut tavoitteet: arvo ja vuosi, lähteineen. Jätä pois, jos julkista tavoitetta ei ole.',
    required: false,
    fields: {
      municipality: municipalityChoice,
      year: {...yearField, description: 'Vuosi, johon mennessä tavoite on määrä saavuttaa.'},
      value: {
        kind: 'number',
        label: 'Tavoitearvo',
        description: 'Tavoite samassa yksikössä kuin luvut.',
        required: true,
      },
      label: {
        kind: 'text',
        label: 'Tavoitteen kuvaus',
        description: 'Mikä tavoite on lähteen sanoin lyhyesti, esimerkiksi "Hinku-tavoite".',
        required: false,
      },
      ...figureSourceFields,
    },
  },
  values: {
    kind: 'objectlist',
    label: 'Luvut',
    description:
      'Julkiset luvut vuosittain ja kunnittain, kukin omine lähteineen. Kirjoita vain lähteessä oleva luku: älä laske puuttuvaa lukua itse.',
    required: true,
    minItems: 1,
    fields: {
      municipality: municipalityChoice,
      year: yearField,
      value: {
        kind: 'number',
        label: 'Arvo',
        description: 'Luku sellaisena kuin lähde sen kertoo; desimaalit pisteellä.',
        required: true,
      },
      approximate: {
        kind: 'boolean',
        label: 'Likimääräinen',
        description: 'true, jos lähde sanoo "noin". Sivulla näkyy silloin "noin".',
        required: false,
      },
      note: {
        kind: 'text',
        label: 'Huomautus',
        description: 'Lähteen tarkennus, esimerkiksi "ennakkotieto" tai "tilanne 3.5.2023".',
        required: false,
      },
      ...figureSourceFields,
    },
  },
} as const satisfies FieldSpecs;

export const newsFields = {
  ...commonFields,
  date: {
    kind: 'date',
    label: 'Julkaisupäivä',
    description: 'Uutisen päivämäärä muodossa VVVV-KK-PP.',
    required: true,
    today: true,
  },
  themes: optionalThemes,
} as const satisfies FieldSpecs;

/** Front matter of a guide chapter (`docs/`). */
export type ChapterFrontMatter = InferFields<typeof chapterFields>;
/** Front matter of a good practice (`docs/kaytannot/`). */
export type PracticeFrontMatter = InferFields<typeof practiceFields>;
/** Front matter of a workshop or training page (`docs/tyopajat/`). */
export type EventFrontMatter = InferFields<typeof eventFields>;
/** Front matter of a case note (`kunnat/<kunta>/`). */
export type CaseNoteFrontMatter = InferFields<typeof caseNoteFields>;
/** Front matter of an indicator (`docs/mittarit/`). */
export type IndicatorFrontMatter = InferFields<typeof indicatorFields>;
/** Front matter of a news post (`blog/`). */
export type NewsFrontMatter = InferFields<typeof newsFields>;

export interface ContentType {
  /** Singular Finnish name, e.g. "Hyvä käytäntö". */
  label: string;
  /** Plural Finnish name for headings and filters. */
  pluralLabel: string;
  /** What pages of this type are for. */
  description: string;
  /** Folder (relative to the site) where files of this type live. */
  folder: string;
  /** The front matter fields of this type. */
  fields: FieldSpecs;
  /** Headings of the body outline that the scaffolding writes. */
  outline: readonly string[];
}

export const contentTypes: Record<ContentTypeKey, ContentType> = {
  luku: {
    ...contentTypeNames.luku,
    description: 'Menetelmäluku: miten jokin ilmastotyön osa tehdään.',
    folder: 'docs',
    fields: chapterFields,
    outline: ['Miksi tämä on tärkeää', 'Näin edetään', 'Tarkistuslista', 'Sudenkuopat'],
  },
  kaytanto: {
    ...contentTypeNames.kaytanto,
    description: 'Käytäntö, jonka toinen kunta voi ottaa käyttöön.',
    folder: 'docs/kaytannot',
    fields: practiceFields,
    outline: [
      'Mikä käytäntö on',
      'Miksi se toimii',
      'Ketä tarvitaan',
      'Näin otat käytännön käyttöön',
      'Sudenkuopat',
      'Miten tulosta mitataan',
    ],
  },
  tyopaja: {
    ...contentTypeNames.tyopaja,
    description: 'Hankkeen työpaja tai koulutus ja ohje sen järjestämiseen.',
    folder: 'docs/tyopajat',
    fields: eventFields,
    outline: ['Tarkoitus', 'Kohderyhmä', 'Sisältö', 'Näin järjestät saman', 'Tulokset'],
  },
  tapaus: {
    ...contentTypeNames.tapaus,
    description: 'Muistiinpano yhden kunnan ilmastotoimenpiteestä.',
    folder: 'kunnat',
    fields: caseNoteFields,
    outline: ['Mitä tehtiin', 'Mitä opimme'],
  },
  mittari: {
    ...contentTypeNames.mittari,
    description:
      'Mittari ja sen julkiset luvut vuosittain ja kunnittain lähteineen. Sivu näyttää luvut kaaviona ja taulukkona.',
    folder: 'docs/mittarit',
    fields: indicatorFields,
    outline: ['Mitä luku kertoo', 'Mistä uudet luvut saa'],
  },
  uutinen: {
    ...contentTypeNames.uutinen,
    description: 'Hankkeen uutinen.',
    folder: 'blog',
    fields: newsFields,
    outline: [],
  },
};
