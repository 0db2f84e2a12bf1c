/**
 * What pages show of the content model, without its field specs: the
 * content types' keys and names, the labels of a practice's effort and cost
 * classes and of an event's kind, and the headings of the impact fields in
 * their order. `contentTypes.ts` builds the field specs from these and
 * re-exports them; browser code imports them from here, so that a page
 * (the navbar's search box on every page, the parts of every doc page) does
 * not load every field's description with them.
 */

export const contentTypeKeys = [
  'luku',
  'kaytanto',
  'tyopaja',
  'tapaus',
  'mittari',
  'uutinen',
] as const;

/** A content type's key, used in search filters (`tyyppi=`) and exports. */
export type ContentTypeKey = (typeof contentTypeKeys)[number];

/** Singular and plural Finnish names of each content type. */
export const contentTypeNames: Record<ContentTypeKey, {label: string; pluralLabel: string}> = {
  luku: {label: 'Oppaan luku', pluralLabel: 'Oppaan luvut'},
  kaytanto: {label: 'Hyvä käytäntö', pluralLabel: 'Hyvät käytännöt'},
  tyopaja: {label: 'Työpaja tai koulutus', pluralLabel: 'Työpajat ja koulutukset'},
  tapaus: {label: 'Kuntien esimerkki', pluralLabel: 'Kuntien esimerkit'},
  mittari: {label: 'Mittari', pluralLabel: 'Mittarit'},
  uutinen: {label: 'Uutinen', pluralLabel: 'Ajankohtaista'},
};

/** Kinds of page: the content types, and `sivu` for other site pages. */
export const pageTypeKeys = [...contentTypeKeys, 'sivu'] as const;

/** A page's kind, the values of the `tyyppi` facet. */
export type PageType = (typeof pageTypeKeys)[number];

/** Singular and plural Finnish names of each kind of page. */
export const pageTypes: Record<PageType, {one: string; many: string}> = {
  luku: {one: contentTypeNames.luku.label, many: contentTypeNames.luku.pluralLabel},
  kaytanto: {one: contentTypeNames.kaytanto.label, many: contentTypeNames.kaytanto.pluralLabel},
  tyopaja: {one: contentTypeNames.tyopaja.label, many: contentTypeNames.tyopaja.pluralLabel},
  tapaus: {one: contentTypeNames.tapaus.label, many: contentTypeNames.tapaus.pluralLabel},
  mittari: {one: contentTypeNames.mittari.label, many: contentTypeNames.mittari.pluralLabel},
  uutinen: {one: contentTypeNames.uutinen.label, many: 'Uutiset'},
  sivu: {one: 'Sivu', many: 'Muut sivut'},
};

export const effortKeys = ['pieni', 'kohtalainen', 'suuri'] as const;
/** How much work a practice takes. */
export type EffortKey = (typeof effortKeys)[number];
export const efforts: Record<EffortKey, {label: string}> = {
  pieni: {label: 'Pieni (muutama työpäivä)'},
  kohtalainen: {label: 'Kohtalainen (useita työviikkoja)'},
  suuri: {label: 'Suuri (kuukausia tai pysyvä tehtävä)'},
};

export const costKeys = ['ei', 'pieni', 'kohtalainen', 'suuri'] as const;
/** Cost class of a practice, besides staff time. */
export type CostKey = (typeof costKeys)[number];
export const costs: Record<CostKey, {label: string}> = {
  ei: {label: 'Ei kuluja työajan lisäksi'},
  pieni: {label: 'Pieni (alle 5 000 €)'},
  kohtalainen: {label: 'Kohtalainen (5 000–50 000 €)'},
  suuri: {label: 'Suuri (yli 50 000 €)'},
};

export const eventKindKeys = ['tyopaja', 'koulutus'] as const;
/** Whether an event page is about a workshop or a training. */
export type EventKindKey = (typeof eventKindKeys)[number];
export const eventKinds: Record<EventKindKey, {label: string}> = {
  tyopaja: {label: 'Työpaja'},
  koulutus: {label: 'Koulutus'},
};

/**
 * Optional fields of practices and case notes about impact and lessons, in
 * the order a page shows them under "Vaikutukset ja opit" (and the open
 * data exports them), with their headings.
 */
export const impactFieldOrder = [
  'outcomes',
  'successFactors',
  'obstacles',
  'costFigures',
  'lessons',
] as const;

/** An impact field's name. */
export type ImpactField = (typeof impactFieldOrder)[number];

export const impactLabels: Record<ImpactField, string> = {
  outcomes: 'Mitä muuttui',
  successFactors: 'Onnistumisen edellytykset',
  obstacles: 'Esteet ja rajoitteet',
  costFigures: 'Kustannukset',
  lessons: 'Mitä tekisimme toisin',
};

/**
 * The content type of a content file, from its path relative to the site
 * root (forward slashes). Returns undefined for files that are not content
 * (partials starting with `_`, category files).
 */
export function typeOfPath(relativePath: string): ContentTypeKey | undefined {
  const parts = relativePath.split('/');
  const fileName = parts[parts.length - 1]!;
  if (!/\.mdx?$/.test(fileName) || parts.some((part) => part.startsWith('_'))) {
    return undefined;
  }
  switch (parts[0]) {
    case 'blog':
      return 'uutinen';
    case 'kunnat':
      return 'tapaus';
    case 'docs': {
      // A folder's own index page introduces the folder: it is a chapter.
      const isIndex = /^index\.mdx?$/.test(fileName);
      if (parts.length === 3 && !isIndex) {
        if (parts[1] === 'kaytannot') return 'kaytanto';
        if (parts[1] === 'tyopajat') return 'tyopaja';
        if (parts[1] === 'mittarit') return 'mittari';
      }
      return 'luku';
    }
    default:
      return undefined;
  }
}
