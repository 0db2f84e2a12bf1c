/**
 * "Tilanne nyt": the current facts about law, agencies, funding, statistics
 * and the municipalities' programmes that the guide relies on, each with
 * the public page where a reader checks it now. Pages show them with
 * `<TilanneNyt aiheet={['ilmastosuunnitelma']} />`, so that when a rule or
 * an agency changes again, the update is one edit here (and a new
 * `checkedOn` date), not a hunt through the pages.
 *
 * Only facts from public sources, each cited by the page's own address and
 * the day it was read; where something was not found, the text says so.
 */

/** The day this whole list was last checked against its sources (`VVVV-KK-PP`). */
export const tilanneCheckedOn = '2026-12-01';

export const tilanneTopicKeys = [
  'laki',
  'viranomaiset',
  'rahoitus',
  'tilastot',
  'ohjelmat',
] as const;

/** What a fact is about. */
export type TilanneTopicKey = (typeof tilanneTopicKeys)[number];

export const tilanneTopics: Record<TilanneTopicKey, {label: string}> = {
  laki: {label: 'Laki'},
  viranomaiset: {label: 'Viranomaiset'},
  rahoitus: {label: 'Rahoitus ja sopimukset'},
  tilastot: {label: 'Tilastot'},
  ohjelmat: {label: 'Kuntien ohjelmat'},
};

/** A public source of a fact: the page itself and the day it was read. */
export interface TilanneSource {
  /** The page's name and publisher, e.g. "HE 151/2024, Finlex". */
  title: string;
  /** The page's own address (never a site's front page). */
  url: string;
  /** The day the page was read (`VVVV-KK-PP`). */
  checked: string;
}

/** One current fact. */
export interface TilanneItem {
  /** What the fact is about. */
  topic: TilanneTopicKey;
  /** Short Finnish name of the fact, shown in bold before it. */
  title: string;
  /** The fact in one to three plain Finnish sentences. */
  text: string;
  /** Where a reader checks it; at least one. */
  sources: readonly TilanneSource[];
}

export const tilanneKeys = [
  'ilmastosuunnitelma',
  'aluehallinto',
  'saavutettavuusvalvonta',
  'kuntien-ilmastoratkaisut',
  'kets',
  'paastotiedot',
  'ilmasto-ohjelma',
] as const;

/** The key of a fact, as pages name it in `<TilanneNyt aiheet={[…]} />`. */
export type TilanneKey = (typeof tilanneKeys)[number];

export const tilanne: Record<TilanneKey, TilanneItem> = {
  ilmastosuunnitelma: {
    topic: 'laki',
    title: 'Kunnan ilmastosuunnitelma',
    text: 'Ilmastolain 14 a §:n velvoite laatia kunnalle ilmastosuunnitelma poistettiin vuoden 2025 alusta (HE 151/2024). Ilmastosuunnitelma on nyt kunnalle vapaaehtoinen. Syken kuntakohtaiset päästötiedot jatkuvat esityksen mukaan. Muutoslain numeroa ei löytynyt; voimassa oleva ilmastolaki on Finlexissä.',
    sources: [
      {
        title: 'HE 151/2024, Finlex',
        url: 'https://finlex.fi/en/government-proposals/2024/151',
        checked: '2026-12-01',
      },
      {
        title: 'Ilmastolaki 423/2022, Finlex',
        url: 'https://finlex.fi/fi/lainsaadanto/2022/423',
        checked: '2026-12-01',
      },
    ],
  },
  aluehallinto: {
    topic: 'viranomaiset',
    title: 'Valtion aluehallinto',
    text: 'Aluehallintovirastot, ELY-keskukset ja Valvira lakkasivat 1.1.2026. Tilalle aloittivat valtakunnallinen Lupa- ja valvontavirasto ja kymmenen alueellista elinvoimakeskusta. Ilmastotyön ja luonnon monimuotoisuuden edistäminen siirtyi elinvoimakeskuksille.',
    sources: [
      {
        title: 'Elinvoimakeskukset aloittavat toimintansa 1.1.2026, STT Info',
        url: 'https://www.sttinfo.fi/tiedote/71712565/elinvoimakeskukset-aloittavat-toimintansa-112026?lang=fi',
        checked: '2026-12-01',
      },
      {
        title:
          'Eduskunta hyväksyi hallituksen esityksen valtion aluehallinnon uudistuksesta, STT Info',
        url: 'https://www.sttinfo.fi/tiedote/71261622/eduskunta-hyvaksyi-hallituksen-esityksen-valtion-aluehallinnon-uudistuksesta?lang=fi&publisherId=69817869',
        checked: '2026-12-01',
      },
    ],
  },
  saavutettavuusvalvonta: {
    topic: 'viranomaiset',
    title: 'Saavutettavuuden valvonta',
    text: 'Julkisten verkkopalvelujen saavutettavuutta valvoo viranomainen, jonka saavutettavuusvaatimukset.fi nimeää; valvojan yhteystiedot ovat siellä. Etelä-Suomen aluehallintovirastoa ei enää ole, koska aluehallintovirastot lakkasivat 1.1.2026. Hallituksen esitys HE 71/2024 ehdotti valvonnan siirtämistä Liikenne- ja viestintävirasto Traficomille 1.1.2025 alkaen; esityksen hyväksymistä ei tässä ole varmistettu.',
    sources: [
      {
        title: 'Käyttäjän oikeudet, saavutettavuusvaatimukset.fi',
        url: 'https://www.saavutettavuusvaatimukset.fi/kayttajan-oikeudet/',
        checked: '2026-12-01',
      },
      {
        title: 'HE 71/2024, Finlex',
        url: 'https://finlex.fi/fi/hallituksen-esitykset/2024/71',
        checked: '2026-12-01',
      },
    ],
  },
  'kuntien-ilmastoratkaisut': {
    topic: 'rahoitus',
    title: 'Kuntien ilmastoratkaisut',
    text: 'Ympäristöministeriön Kuntien ilmastoratkaisut -ohjelma toimi 1.1.2018–31.12.2024. Vuosi 2024 oli ohjelman viimeinen, ja ohjelma on päättynyt.',
    sources: [
      {
        title: 'Kuntien ilmastoratkaisut -ohjelma, valtioneuvoston hankeikkuna',
        url: 'https://valtioneuvosto.fi/hanke?tunnus=YM025:00/2020',
        checked: '2026-12-01',
      },
      {
        title: 'Kuntien ilmastoratkaisut -ohjelma, ympäristöministeriö',
        url: 'https://ym.fi/kuntien-ilmastoratkaisut-ohjelma',
        checked: '2026-12-01',
      },
    ],
  },
  kets: {
    topic: 'rahoitus',
    title: 'Kunta-alan energiatehokkuussopimus (KETS)',
    text: 'Kunta-alan energiatehokkuussopimus KETS kattoi vuodet 2017–2025, ja sen sopimuskausi on päättynyt. Hallituksen esitys HE 85/2025 ehdotti, että julkiset toimijat vähentävät energian loppukäyttöään vähintään 1,9 % vuodessa vuoden 2021 tasosta ja raportoivat siitä Energiavirastolle; lain hyväksymistä emme ole voineet vahvistaa.',
    sources: [
      {
        title: 'Energiatehokkuussopimukset, Hei, kaikki toimii',
        url: 'http://www.heikaikkitoimii.fi/julkinen_sektori/energiatehokkuussopimukset',
        checked: '2026-12-01',
      },
      {
        title: 'HE 85/2025 energiatehokkuuslain muuttamisesta, eduskunta',
        url: 'https://www.riksdagen.fi/FI/vaski/HallituksenEsitys/Sivut/HE_85+2025.aspx',
        checked: '2026-12-01',
      },
    ],
  },
  paastotiedot: {
    topic: 'tilastot',
    title: 'Kuntien päästötiedot',
    text: 'Syken kuntien kasvihuonekaasupäästötietojen uusin julkaisu on kirjoitushetkellä 16.12.2025 julkaistu ennakkotieto vuodelta 2024 (sarja 1990 ja 2005–2024). Sen mukaan kuntien yhteenlasketut päästöt laskivat noin 5 % vuodesta 2023 ja noin 40 % vuodesta 2005.',
    sources: [
      {
        title: 'Kuntien päästöt laskevat edelleen – liikenteen osuus päästöistä kasvaa, STT Info',
        url: 'https://www.sttinfo.fi/tiedote/71688065/kuntien-paastot-laskevat-edelleen-liikenteen-osuus-paastoista-kasvaa?lang=fi',
        checked: '2026-12-01',
      },
    ],
  },
  'ilmasto-ohjelma': {
    topic: 'ohjelmat',
    title: 'Etelä-Pirkanmaan uusi ohjelma',
    text: 'Pälkäneen kunnanvaltuusto käsitteli 2.2.2026 (§ 6) Etelä-Pirkanmaan ilmasto- ja luonnonmonimuotoisuusohjelman hyväksymistä. Ohjelma seuraa ilmasto-ohjelmaa ja resurssiviisauden tiekarttaa 2020–2030, jonka valtuusto oli hyväksynyt 23.3.2021 (§ 24). Muiden kuntien päätöksiä ja uuden ohjelman kautta ei löytynyt.',
    sources: [
      {
        title: 'Pälkäneen kunnanvaltuuston pöytäkirja 2.2.2026 § 6',
        url: 'https://palkane.oncloudos.com/cgi/DREQUEST.PHP?id=2026322-6&page=meetingitem',
        checked: '2026-12-01',
      },
    ],
  },
};

/** What a page asked for: the facts found, and the keys that are not facts here. */
export function selectTilanne(aiheet?: unknown): {
  items: (TilanneItem & {key: TilanneKey})[];
  unknown: string[];
} {
  // A page may write `aiheet="kets"`; `npm run check` refuses it, and here
  // it is one unknown key rather than a list of its letters.
  const wanted: readonly unknown[] =
    aiheet === undefined ? tilanneKeys : Array.isArray(aiheet) ? aiheet : [aiheet];
  const items: (TilanneItem & {key: TilanneKey})[] = [];
  const unknown: string[] = [];
  for (const key of wanted) {
    if (typeof key === 'string' && (tilanneKeys as readonly string[]).includes(key)) {
      if (!items.some((item) => item.key === key)) {
        items.push({key: key as TilanneKey, ...tilanne[key as TilanneKey]});
      }
    } else {
      unknown.push(String(key));
    }
  }
  return {items, unknown};
}
