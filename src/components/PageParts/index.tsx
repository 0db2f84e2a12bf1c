/**
 * The parts that content pages show around their Markdown body, drawn from
 * their front matter: the example notice, the summary, the case note's
 * phases, tasks and summary box, a practice's or event's facts, and the
 * sources. `src/theme/DocItem/Content` and the blog post wrapper place them.
 */

import React, {type ComponentType, type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import PhaseTracker from '@site/src/components/PhaseTracker';
import {actors, type ActorKey} from '@site/src/data/actors';
import {
  contentTypeNames,
  costs,
  efforts,
  eventKinds,
  impactFieldOrder,
  impactLabels,
  type ContentTypeKey,
} from '@site/src/data/contentNames';
import type {
  CaseNoteFrontMatter,
  EventFrontMatter,
  PracticeFrontMatter,
} from '@site/src/data/contentTypes';
import {municipalities} from '@site/src/data/municipalities';
import {themes, type ThemeKey} from '@site/src/data/themes';
import {finderUrl} from '@site/src/model/aggregate';
import {formatNumber, type Indicator} from '@site/src/model/indicators';
import type {RelatedLink} from '@site/src/model/related';
import {formatDate, formatSpan} from '@site/src/utils/date';

import styles from './styles.module.css';

/** Front matter as the page receives it: checked at build time. */
type FrontMatter = Record<string, unknown>;

/**
 * A front matter date as `VVVV-KK-PP`. The page reads front matter from the
 * compiled Markdown module, where YAML's unquoted dates are Date objects;
 * quoted ones are strings.
 */
const day = (value: unknown): string | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.slice(0, 10) : undefined;
};

export function ExampleNotice(): ReactNode {
  return (
    <div className={styles.example} role="note" data-search-ignore>
      <strong>Esimerkki.</strong> Tämä sivu havainnollistaa menetelmää. Se ei kuvaa julkisesti
      dokumentoitua tapahtumaa, eikä sen tiedoissa ole todellisia lukuja.
    </div>
  );
}

/**
 * What a draft still lacks. Docusaurus itself says that the page is a
 * draft; this tells which fields to fill in before it can be published.
 */
function UnfinishedNotice({unfinished}: {unfinished: readonly string[]}): ReactNode {
  return (
    <div className={styles.example} role="note">
      <strong>Täyttämättä:</strong> {unfinished.join(', ')}. Täytä nämä kentät ennen kuin poistat
      tiedostosta rivin <code>draft: true</code>.
    </div>
  );
}

function ThemeLinks({keys}: {keys: readonly ThemeKey[]}): ReactNode {
  return (
    <ul className={styles.inlineList}>
      {keys.map((key) => (
        <li key={key}>
          <Link to={finderUrl({teema: [key]})}>{themes[key].label}</Link>
        </li>
      ))}
    </ul>
  );
}

function ActorList({keys}: {keys: readonly ActorKey[]}): ReactNode {
  return <>{keys.map((key) => actors[key].label).join(', ')}</>;
}

type Figure = {
  label: string;
  value: number;
  unit: string;
  year?: number;
  approximate?: boolean;
  source: string;
  url: string;
};

function Figures({figures}: {figures: readonly Figure[]}): ReactNode {
  return (
    <ul>
      {figures.map((figure) => (
        <li key={`${figure.label}-${figure.year ?? ''}`}>
          {figure.label}:{' '}
          <strong>
            {figure.approximate ? 'noin ' : ''}
            {formatNumber(figure.value)} {figure.unit}
          </strong>
          {figure.year ? ` (${figure.year})` : ''}. Lähde:{' '}
          <Link href={figure.url}>{figure.source}</Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Vaikutukset ja opit": the impact fields a page has, always in the
 * content model's order (`impactFieldOrder`), each under its own label.
 */
function Impact({frontMatter}: {frontMatter: FrontMatter}): ReactNode {
  const present = impactFieldOrder.filter((key) => {
    const value = frontMatter[key];
    return Array.isArray(value) && value.length > 0;
  });
  if (present.length === 0) return null;
  return (
    <section className={styles.summary} aria-labelledby="vaikutukset-ja-opit">
      <Heading as="h2" id="vaikutukset-ja-opit">
        Vaikutukset ja opit
      </Heading>
      {present.map((key) => (
        <div key={key} data-impact={key}>
          <Heading as="h3" id={`vaikutukset-${key}`}>
            {impactLabels[key]}
          </Heading>
          {key === 'outcomes' || key === 'costFigures' ? (
            <Figures figures={frontMatter[key] as Figure[]} />
          ) : (
            <ul>
              {(frontMatter[key] as string[]).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

/** Pages of the other types that share a theme or actor group (see `src/model/related.ts`). */
function Related({links}: {links: readonly RelatedLink[]}): ReactNode {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="liittyvat-sivut" data-search-ignore>
      <Heading as="h2" id="liittyvat-sivut">
        Liittyvät sivut
      </Heading>
      <ul>
        {links.map((link) => (
          <li key={link.permalink}>
            <Link to={link.permalink}>{link.title}</Link> ({contentTypeNames[link.type].label})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Props of the parts around the body. */
interface PartsProps {
  type: ContentTypeKey | undefined;
  frontMatter: FrontMatter;
  /**
   * The required fields a draft still leaves empty, worked out at build time
   * (`useUnfinished`) or by the editor. Drafts are shown only by `npm start`;
   * the parts drawn from front matter need their fields, so an unfinished
   * draft shows this list in their place.
   */
  unfinished: readonly string[];
  /** An indicator page's checked indicator (content-model plugin's data). */
  indicator?: Indicator;
  /** What draws it: exported by the indicator page's own module (usePageModel). */
  IndicatorPart?: ComponentType<{indicator: Indicator}>;
  /** Related pages computed from the whole content (content-model plugin's data). */
  related?: readonly RelatedLink[];
}

/** What goes above the Markdown body. */
export function PageIntro({
  type,
  frontMatter,
  unfinished,
  indicator,
  IndicatorPart,
}: PartsProps): ReactNode {
  const description = typeof frontMatter.description === 'string' ? frontMatter.description : '';
  return (
    <>
      {unfinished.length > 0 && <UnfinishedNotice unfinished={unfinished} />}
      {frontMatter.example === true && <ExampleNotice />}
      {description && <p className="lead">{description}</p>}
      {type === 'tapaus' && unfinished.length === 0 && (
        <PhaseTracker phase={(frontMatter as CaseNoteFrontMatter).phase} />
      )}
      {type === 'mittari' && unfinished.length === 0 && indicator && IndicatorPart && (
        <IndicatorPart indicator={indicator} />
      )}
    </>
  );
}

function Tasks({tasks}: {tasks: CaseNoteFrontMatter['tasks']}): ReactNode {
  const all = (tasks ?? []).map((task) => ({title: task.title, done: day(task.done)}));
  const done = all
    .filter((task): task is {title: string; done: string} => Boolean(task.done))
    .sort((a, b) => b.done.localeCompare(a.done));
  const todo = all.filter((task) => !task.done);
  return (
    <>
      <section aria-labelledby="mita-on-tehty">
        <Heading as="h2" id="mita-on-tehty">
          Mitä on tehty?
        </Heading>
        {done.length > 0 ? (
          <ul className={styles.tasks}>
            {done.map((task) => (
              <li key={`${task.done}-${task.title}`}>
                <time dateTime={task.done} className={styles.taskDate}>
                  {formatDate(task.done)}
                </time>{' '}
                {task.title}
              </li>
            ))}
          </ul>
        ) : (
          <p>Valmistuneita tehtäviä ei ole kirjattu.</p>
        )}
      </section>
      <section aria-labelledby="mita-on-tehtava">
        <Heading as="h2" id="mita-on-tehtava">
          Mitä on tehtävä?
        </Heading>
        {todo.length > 0 ? (
          <ul className={styles.tasks}>
            {todo.map((task) => (
              <li key={task.title}>{task.title}</li>
            ))}
          </ul>
        ) : (
          <p>Avoimia tehtäviä ei ole kirjattu.</p>
        )}
      </section>
    </>
  );
}

function CaseNoteSummary({frontMatter}: {frontMatter: CaseNoteFrontMatter}): ReactNode {
  const span = formatSpan(day(frontMatter.start), day(frontMatter.end));
  const updated = day(frontMatter.updated);
  return (
    <section className={styles.summary} aria-labelledby="yhteenveto">
      <Heading as="h2" id="yhteenveto">
        Yhteenveto ja yhteystiedot
      </Heading>
      <dl className={styles.facts}>
        <dt>Kunta</dt>
        <dd>
          <Link to={`/kunnat/${frontMatter.municipality}`}>
            {municipalities[frontMatter.municipality].label}
          </Link>
        </dd>
        <dt>Aikaväli</dt>
        <dd>{span ?? 'Ei tiedossa'}</dd>
        <dt>Vastuuorganisaatiot</dt>
        <dd>
          <ul className={styles.plainList}>
            {frontMatter.responsible.map((organisation) => (
              <li key={organisation}>{organisation}</li>
            ))}
          </ul>
        </dd>
        <dt>Yhteyshenkilöt</dt>
        <dd>
          {frontMatter.contacts && frontMatter.contacts.length > 0 ? (
            <ul className={styles.plainList}>
              {frontMatter.contacts.map((contact) => (
                <li key={`${contact.role}-${contact.organisation}`}>
                  {[contact.name, contact.role, contact.organisation].filter(Boolean).join(', ')}
                </li>
              ))}
            </ul>
          ) : (
            'Ei kirjattu'
          )}
        </dd>
        <dt data-search-ignore>Teemat</dt>
        <dd data-search-ignore>
          <ThemeLinks keys={frontMatter.themes} />
        </dd>
        {frontMatter.actors && frontMatter.actors.length > 0 && (
          <>
            <dt data-search-ignore>Toimijat</dt>
            <dd data-search-ignore>
              <ActorList keys={frontMatter.actors} />
            </dd>
          </>
        )}
        <dt>Tietoja päivitetty</dt>
        <dd>{updated ? <time dateTime={updated}>{formatDate(updated)}</time> : 'Ei tiedossa'}</dd>
      </dl>
    </section>
  );
}

function PracticeFacts({frontMatter}: {frontMatter: PracticeFrontMatter}): ReactNode {
  return (
    // Left out of the search index: these are facets there, not text.
    <section className={styles.summary} aria-labelledby="kaytannon-tiedot" data-search-ignore>
      <Heading as="h2" id="kaytannon-tiedot">
        Käytännön tiedot
      </Heading>
      <dl className={styles.facts}>
        <dt>Teemat</dt>
        <dd>
          <ThemeLinks keys={frontMatter.themes} />
        </dd>
        <dt>Toimijat</dt>
        <dd>
          <ActorList keys={frontMatter.actors} />
        </dd>
        <dt>Työmäärä (arvio)</dt>
        <dd>{efforts[frontMatter.effort].label}</dd>
        <dt>Kustannusluokka (arvio)</dt>
        <dd>{costs[frontMatter.cost].label}</dd>
        <dt>Kesto (arvio)</dt>
        <dd>{frontMatter.duration}</dd>
        <dt>Käytetty kunnissa</dt>
        <dd>
          {frontMatter.municipalities && frontMatter.municipalities.length > 0
            ? frontMatter.municipalities.map((key) => municipalities[key].label).join(', ')
            : 'Julkista lähdettä käytöstä hankkeen kunnissa ei ole'}
        </dd>
      </dl>
    </section>
  );
}

function EventFacts({frontMatter}: {frontMatter: EventFrontMatter}): ReactNode {
  const date = day(frontMatter.date);
  return (
    <section className={styles.summary} aria-labelledby="tilaisuuden-tiedot" data-search-ignore>
      <Heading as="h2" id="tilaisuuden-tiedot">
        Tilaisuuden tiedot
      </Heading>
      <dl className={styles.facts}>
        <dt>Laji</dt>
        <dd>{eventKinds[frontMatter.event].label}</dd>
        <dt>Merkitty tehdyksi</dt>
        <dd>{date ? <time dateTime={date}>{formatDate(date)}</time> : 'Ei tiedossa'}</dd>
        <dt>Kohderyhmä</dt>
        <dd>{frontMatter.audience}</dd>
        {frontMatter.themes && frontMatter.themes.length > 0 && (
          <>
            <dt>Teemat</dt>
            <dd>
              <ThemeLinks keys={frontMatter.themes} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

export function Sources({sources}: {sources: unknown}): ReactNode {
  if (!Array.isArray(sources) || sources.length === 0) return null;
  return (
    <section className={styles.sources} aria-labelledby="lahteet">
      <Heading as="h2" id="lahteet">
        Lähteet
      </Heading>
      <ul>
        {(sources as {title: string; url: string; checked?: unknown}[]).map((source) => {
          const checked = day(source.checked);
          return (
            <li key={`${source.url}-${source.title}`}>
              <Link href={source.url}>{source.title}</Link>
              {checked && (
                <>
                  {' '}
                  <span className={styles.checked}>
                    (tarkistettu <time dateTime={checked}>{formatDate(checked)}</time>)
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What goes below the Markdown body. */
export function PageOutro({type, frontMatter, unfinished, related = []}: PartsProps): ReactNode {
  if (unfinished.length > 0) {
    return <Sources sources={frontMatter.sources} />;
  }
  return (
    <>
      {type === 'tapaus' && (
        <>
          <Tasks tasks={(frontMatter as CaseNoteFrontMatter).tasks} />
          <CaseNoteSummary frontMatter={frontMatter as CaseNoteFrontMatter} />
        </>
      )}
      {type === 'kaytanto' && <PracticeFacts frontMatter={frontMatter as PracticeFrontMatter} />}
      {type === 'tyopaja' && <EventFacts frontMatter={frontMatter as EventFrontMatter} />}
      {(type === 'kaytanto' || type === 'tapaus') && <Impact frontMatter={frontMatter} />}
      <Related links={related} />
      <Sources sources={frontMatter.sources} />
    </>
  );
}
