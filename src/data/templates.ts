/**
 * Templates to take away: each is a page on the site (`/pohjat/<id>`) and a
 * file generated at build time (`/pohjat/<id>.docx` or `.xlsx`) from the
 * definition here, so the page and the file cannot drift apart.
 *
 * A template holds headings, guidance (what to write, in italics in the
 * file) and empty places to fill in. It never holds made-up content: rows
 * of a table name what is asked, and their cells are left blank.
 */

import {indicatorFields} from './contentTypes';
import {themeKeys, themes} from './themes';

/** One part of a template, in reading order. */
export type TemplateBlock =
  /** A section heading (h2 on the page, Heading 1 in Word, a bold row in Excel). */
  | {kind: 'heading'; text: string}
  /** What to write, or how to use the template. */
  | {kind: 'guidance'; text: string}
  /** Labelled blanks to fill in ("Päivämäärä: ____"). */
  | {kind: 'fields'; items: readonly {label: string; guidance?: string}[]}
  /** Empty lines for free text. */
  | {kind: 'lines'; count: number}
  /**
   * A table: the header row, then rows whose first cell names what is
   * asked and whose other cells are blank; `blankRows` adds empty rows for
   * the user's own items. `options` offers allowed values for some columns
   * (0 is the first; a drop-down list in Excel).
   */
  | {
      kind: 'table';
      columns: readonly string[];
      rows: readonly string[];
      blankRows: number;
      options?: {columns: readonly number[]; values: readonly string[]};
    }
  /** Items to tick. */
  | {kind: 'checklist'; items: readonly string[]};

export interface Template {
  /** File name without extension and the page's last path segment. */
  id: string;
  /** Finnish title, the heading of the page and of the file. */
  title: string;
  /** What the template is for, one or two sentences. */
  description: string;
  /** `docx` for text templates, `xlsx` for tabular ones. */
  format: 'docx' | 'xlsx';
  /** Pages of the guide that explain the method the template belongs to. */
  guide: readonly {title: string; to: string}[];
  /** Public sources behind the template's wording, where there are any. */
  sources: readonly {title: string; url: string}[];
  blocks: readonly TemplateBlock[];
}

const raciRoles = [
  'Valtuusto',
  'Kunnanhallitus',
  'Johtoryhmä',
  'Ilmastotyön koordinaattori',
  'Toimialat',
  'Viestintä',
] as const;

/** The indicator card asks what the indicator content type holds, in the same words. */
const cardFields = (
  ['unit', 'definition', 'dataSource', 'dataSourceUrl', 'maintainer', 'frequency'] as const
).map((key) => ({label: indicatorFields[key].label, guidance: indicatorFields[key].description}));

export const templates: readonly Template[] = [
  {
    id: 'vastuutaulukko-raci',
    title: 'Ilmastotyön vastuutaulukko (RACI)',
    description:
      'Taulukko, johon kunta kirjaa, kuka tekee, kuka vastaa, keitä kuullaan ja kenelle tiedotetaan kussakin ilmastotyön tehtävässä.',
    format: 'xlsx',
    guide: [{title: 'Roolit ja vastuut', to: '/opas/menetelmat/roolit-ja-vastuut'}],
    sources: [
      {
        title:
          'Hiilineutraali Etelä-Pirkanmaa 2030, Pälkäneen Ilmastovahti (tiedot päivitetty 30.1.2023)',
        url: 'https://ilmastovahti.palkane.fi/actions/27',
      },
    ],
    blocks: [
      {
        kind: 'guidance',
        text: 'Merkitse kuhunkin soluun R (tekee), A (vastaa), C (kuullaan) tai I (tiedotetaan). Jokaisella tehtävällä on tasan yksi A. Muuta roolien nimet oman kuntasi mukaisiksi ja lisää omat tehtäväsi tyhjille riveille.',
      },
      {kind: 'heading', text: 'Vastuut tehtävittäin'},
      {
        kind: 'table',
        columns: ['Tehtävä', ...raciRoles],
        rows: [
          'Ilmasto-ohjelman tai -suunnitelman valmistelu',
          'Ilmasto-ohjelman tai -suunnitelman hyväksyminen',
          'Toimenpiteiden toteutus',
          'Toimenpiteiden tilan päivitys seurantapalveluun',
          'Mittareiden tietojen kokoaminen',
          'Ilmasto-osio toimintakertomukseen',
          'Ilmastonäkökulma talousarvioon',
          'Päätösten ilmastovaikutusten arviointi',
          'Ilmastoviestintä',
          'Henkilöstön ja luottamushenkilöiden koulutus',
        ],
        blankRows: 5,
        options: {columns: raciRoles.map((_, index) => index + 1), values: ['R', 'A', 'C', 'I']},
      },
    ],
  },
  {
    id: 'toimintakertomuksen-ilmasto-osio',
    title: 'Toimintakertomuksen ilmasto-osio',
    description:
      'Runko ilmastotyön vuosiraportille kunnan toimintakertomuksessa: tavoitteet, päästöjen kehitys, toimenpiteet, resurssit ja seuraavan vuoden painopisteet.',
    format: 'docx',
    guide: [
      {title: 'Raportointi', to: '/opas/menetelmat/raportointi'},
      {title: 'Mittarit', to: '/opas/menetelmat/mittarit'},
    ],
    sources: [],
    blocks: [
      {
        kind: 'fields',
        items: [{label: 'Kunta'}, {label: 'Vuosi'}, {label: 'Laatija ja päivämäärä'}],
      },
      {kind: 'heading', text: 'Tavoitteet ja niiden tila'},
      {
        kind: 'guidance',
        text: 'Kerro kunnan ilmastotavoite sanatarkasti ja mistä päätöksestä se on. Jos lähteet muotoilevat tavoitteen eri tavoin, kerro molemmat.',
      },
      {kind: 'lines', count: 4},
      {kind: 'heading', text: 'Päästöjen kehitys'},
      {
        kind: 'guidance',
        text: 'Kirjoita viimeisin julkinen päästöluku, sen vuosi ja lähde sekä laskentatapa (kaikki päästöt vai Hinku-laskenta). Älä laske puuttuvia vuosia itse.',
      },
      {
        kind: 'table',
        columns: ['Vuosi', 'Päästöt (kt CO₂e)', 'Lähde ja laskentatapa'],
        rows: [],
        blankRows: 4,
      },
      {kind: 'heading', text: 'Toimenpiteiden eteneminen'},
      {
        kind: 'guidance',
        text: 'Kerro, montako toimenpidettä on kussakin vaiheessa, ja nosta esiin vuoden tärkeimmät valmistuneet ja viivästyneet toimet.',
      },
      {
        kind: 'table',
        columns: ['Vaihe', 'Toimenpiteitä (kpl)'],
        rows: ['Idea', 'Päätetty käynnistää', 'Suunnittelu', 'Toteutus', 'Valmis'],
        blankRows: 0,
      },
      {kind: 'lines', count: 3},
      {kind: 'heading', text: 'Resurssit ja talous'},
      {
        kind: 'guidance',
        text: 'Kerro ilmastotyöhön käytetty työaika, määrärahat ja ulkopuolinen rahoitus, jos ne on kirjattu.',
      },
      {kind: 'lines', count: 3},
      {kind: 'heading', text: 'Seuraavan vuoden painopisteet'},
      {kind: 'lines', count: 3},
      {kind: 'heading', text: 'Lähteet'},
      {
        kind: 'guidance',
        text: 'Luettele jokaisen luvun lähde ja päivämäärä, jona luku tarkistettiin.',
      },
      {kind: 'lines', count: 3},
    ],
  },
  {
    id: 'mittarikortti',
    title: 'Mittarikortti',
    description:
      'Yhden mittarin kortti: mitä mitataan, mistä tieto tulee, kuka sen päivittää ja kuinka usein, tavoite sekä luvut vuosittain lähteineen. Kortissa kysytään samat tiedot kuin oppaan mittarisivuilla.',
    format: 'docx',
    guide: [
      {title: 'Mittarit', to: '/opas/menetelmat/mittarit'},
      {title: 'Mittarin vuosiluvun lisääminen', to: '/opas/kirjoittajille/mittarit'},
    ],
    sources: [],
    blocks: [
      {kind: 'fields', items: [{label: 'Mittari'}]},
      {kind: 'heading', text: 'Mittarin tiedot'},
      {kind: 'fields', items: cardFields},
      {kind: 'heading', text: 'Tavoite'},
      {
        kind: 'guidance',
        text: 'Kirjoita tavoite vain, jos se on päätetty tai julkaistu, ja kerro mistä.',
      },
      {
        kind: 'fields',
        items: [{label: 'Tavoitearvo'}, {label: 'Tavoitevuosi'}, {label: 'Päätös tai lähde'}],
      },
      {kind: 'heading', text: 'Luvut'},
      {
        kind: 'guidance',
        text: 'Yksi rivi vuotta kohden. Jos vuodelta ei ole julkista lukua, jätä arvo tyhjäksi ja kirjoita huomautukseen "ei julkista lukua". Älä laske puuttuvaa lukua itse.',
      },
      {
        kind: 'table',
        columns: ['Vuosi', 'Arvo', 'Lähde (sivun osoite)', 'Tarkistettu', 'Huomautus'],
        rows: [],
        blankRows: 8,
      },
      {kind: 'heading', text: 'Kenelle raportoidaan'},
      {kind: 'lines', count: 2},
    ],
  },
  {
    id: 'ilmastovaikutukset-paatosehdotuksessa',
    title: 'Ilmastovaikutukset päätösehdotuksessa',
    description:
      'Kappale, jolla päätösehdotuksen valmistelija kertoo päätöksen vaikutuksen päästöihin ja ilmastonmuutokseen sopeutumiseen sekä arvion perusteet.',
    format: 'docx',
    guide: [{title: 'Ilmastotyön toimintamalli', to: '/opas/menetelmat/toimintamalli'}],
    sources: [],
    blocks: [
      {kind: 'fields', items: [{label: 'Asia'}, {label: 'Valmistelija'}, {label: 'Päivämäärä'}]},
      {kind: 'heading', text: 'Vaikutus kasvihuonekaasupäästöihin'},
      {kind: 'guidance', text: 'Rastita yksi ja perustele lyhyesti.'},
      {
        kind: 'checklist',
        items: [
          'Vähentää päästöjä',
          'Lisää päästöjä',
          'Ei olennaista vaikutusta',
          'Vaikutusta ei voitu arvioida',
        ],
      },
      {kind: 'lines', count: 3},
      {kind: 'heading', text: 'Vaikutus sopeutumiseen'},
      {
        kind: 'guidance',
        text: 'Kerro, miten päätös vaikuttaa varautumiseen esimerkiksi rankkasateisiin, helteisiin tai kuivuuteen.',
      },
      {kind: 'lines', count: 3},
      {kind: 'heading', text: 'Arvion perusteet'},
      {
        kind: 'guidance',
        text: 'Kerro, mihin tietoon arvio perustuu ja kuka sen teki. Jos käytit lukuja, kerro niiden lähde.',
      },
      {kind: 'lines', count: 3},
      {kind: 'heading', text: 'Vaihtoehdot'},
      {
        kind: 'guidance',
        text: 'Kerro, oliko ilmaston kannalta parempaa vaihtoehtoa ja miksi sitä ei esitetä.',
      },
      {kind: 'lines', count: 2},
    ],
  },
  {
    id: 'tyopajan-tulokset',
    title: 'Työpajan tuloslomake',
    description:
      'Lomake, johon työpajan vetäjä kirjaa ehdotukset, niiden teeman, vastuutahon ja seuraavan askeleen. Teemat ovat ilmasto-ohjelman kaistat.',
    format: 'xlsx',
    guide: [
      {title: 'Työpajat ja koulutukset', to: '/opas/tyopajat'},
      {title: 'Osallistaminen', to: '/opas/menetelmat/osallistaminen'},
    ],
    sources: [],
    blocks: [
      {
        kind: 'fields',
        items: [
          {label: 'Työpaja'},
          {label: 'Päivämäärä'},
          {label: 'Vetäjä'},
          {label: 'Osallistujat', guidance: 'Määrä ja ryhmät, ei nimiä.'},
        ],
      },
      {kind: 'heading', text: 'Ehdotukset'},
      {
        kind: 'guidance',
        text: 'Yksi ehdotus riville. Valitse teema luettelosta. Kirjaa seuraava askel niin, että siitä näkee, kuka tekee ja milloin.',
      },
      {
        kind: 'table',
        columns: ['Ehdotus', 'Teema', 'Vastuutaho', 'Aikataulu', 'Seuraava askel'],
        rows: [],
        blankRows: 15,
        options: {columns: [1], values: themeKeys.map((key) => themes[key].label)},
      },
    ],
  },
  {
    id: 'valtuustokauden-ilmastosuunnitelma',
    title: 'Valtuustokauden ilmastosuunnitelman tarkistuslista',
    description:
      'Tarkistuslista kunnalle, joka laatii ilmastosuunnitelman valtuustokaudeksi. Suunnitelma on nykyään vapaaehtoinen: velvoite poistettiin ilmastolaista vuoden 2025 alusta (HE 151/2024).',
    format: 'docx',
    guide: [{title: 'Ilmastotyön toimintamalli', to: '/opas/menetelmat/toimintamalli'}],
    sources: [
      {
        title: 'Ilmastolaki 423/2022, Finlex (ajantasainen laki)',
        url: 'https://finlex.fi/fi/lainsaadanto/2022/423',
      },
      {
        title: 'HE 151/2024, Finlex',
        url: 'https://finlex.fi/en/government-proposals/2024/151',
      },
    ],
    blocks: [
      {
        kind: 'guidance',
        text: 'Kunnan velvollisuus laatia ilmastosuunnitelma poistettiin ilmastolaista vuoden 2025 alusta (HE 151/2024). Suunnitelma on vapaaehtoinen. Alla oleva lista seuraa poistetun velvoitteen sisältöä, koska se on edelleen toimiva runko.',
      },
      {
        kind: 'fields',
        items: [{label: 'Kunta'}, {label: 'Valtuustokausi'}, {label: 'Vastuuhenkilö (rooli)'}],
      },
      {kind: 'heading', text: 'Suunnitelman sisältö'},
      {
        kind: 'checklist',
        items: [
          'Päästövähennystavoite: määrä, vertailuvuosi ja tavoitevuosi',
          'Toimenpiteet tavoitteen saavuttamiseksi, kullakin vastuutaho',
          'Seuranta: mittarit ja kuka niistä raportoi',
          'Yhteys kuntastrategiaan',
          'Yhteys toimintakertomukseen',
        ],
      },
      {kind: 'heading', text: 'Käsittely'},
      {
        kind: 'checklist',
        items: [
          'Asukkaita, yrityksiä ja yhdistyksiä on kuultu',
          'Valtuusto on käsitellyt suunnitelman',
          'Suunnitelma on julkaistu kunnan verkkosivuilla',
          'Suunnitelman päivitys on aikataulutettu seuraavalle valtuustokaudelle',
        ],
      },
      {kind: 'heading', text: 'Huomioita'},
      {kind: 'lines', count: 4},
    ],
  },
];
