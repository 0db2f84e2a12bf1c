/**
 * "Oliko sivusta apua?": the feedback box under every page (placed by the
 * `Footer` wrapper in `src/theme/`). Where the answer goes is the build's
 * configuration (`FEEDBACK_URL` or `FEEDBACK_EMAIL`, see `config.ts`), and
 * the page's address always goes with it. Without configuration the box says
 * whom to contact instead of showing a form that sends nowhere.
 *
 * Own code, not a plugin: the Docusaurus feedback plugins send to one
 * vendor's service, and this must work with any form service or e-mail, and
 * without JavaScript (the form is a plain GET form; JavaScript only keeps the
 * form service's own query parameters and checks that something was said).
 */

import React, {useId, useRef, useState, type FormEvent, type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {feedbackFormUrl, feedbackMailto, type FeedbackConfig} from './config';
import styles from './styles.module.css';

type Helpful = 'kylla' | 'ei';

/** The build's feedback destination, from `customFields.feedback`. */
export function useFeedbackConfig(): FeedbackConfig {
  const {siteConfig} = useDocusaurusContext();
  const config = siteConfig.customFields?.feedback as FeedbackConfig | undefined;
  return config ?? {kind: 'none'};
}

/** The page's public address, as the feedback names it. */
function usePageAddress(): string {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  return new URL(pathname, siteConfig.url).href;
}

/** Whom to contact when no feedback channel is configured. */
export function FeedbackContacts(): ReactNode {
  return (
    <>
      Tälle julkaisulle ei ole asetettu palautelomaketta. Kerro palautteesi oppaan julkaisseille
      kunnille: <Link href="https://www.palkane.fi/">Pälkäne</Link>,{' '}
      <Link href="https://www.valkeakoski.fi/">Valkeakoski</Link>,{' '}
      <Link href="https://www.akaa.fi/">Akaa</Link> tai{' '}
      <Link href="https://www.urjala.fi/">Urjala</Link> (yhteystiedot ovat kuntien verkkosivuilla).
      Saavutettavuudesta voit antaa palautetta myös{' '}
      <Link to="/saavutettavuus#anna-palautetta-saavutettavuudesta">saavutettavuusselosteen</Link>{' '}
      kautta.
    </>
  );
}

export default function Feedback(): ReactNode {
  const config = useFeedbackConfig();
  const page = usePageAddress();
  const id = useId();
  const headingId = `palaute-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [helpful, setHelpful] = useState<Helpful | undefined>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const firstChoice = useRef<HTMLInputElement>(null);

  const fields = {page, helpful, message: message.trim() || undefined};

  /** False (with a message and focus on the first choice) when nothing was said. */
  const check = (): boolean => {
    if (!fields.helpful && !fields.message) {
      setError('Valitse Kyllä tai Ei, tai kirjoita, mitä sivulta puuttui.');
      firstChoice.current?.focus();
      return false;
    }
    setError('');
    return true;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (config.kind === 'url' && check()) {
      window.location.assign(feedbackFormUrl(config.url, fields));
    }
  };

  return (
    <section className={styles.feedback} aria-labelledby={headingId} data-search-ignore>
      <div className="container">
        {/* A plain h2: the box is not a section of the page's text, so it gets
            no "Suora linkki otsikkoon" anchor of its own. */}
        {/* eslint-disable-next-line @docusaurus/prefer-docusaurus-heading */}
        <h2 id={headingId} className={styles.heading}>
          Oliko sivusta apua?
        </h2>
        {config.kind === 'none' ? (
          <p className={styles.contacts}>
            <FeedbackContacts />
          </p>
        ) : (
          <form
            className={styles.form}
            action={config.kind === 'url' ? config.url.split('?')[0] : undefined}
            method="get"
            onSubmit={onSubmit}
            noValidate>
            {config.kind === 'url' &&
              // Without JavaScript a GET form drops the action's own query, so
              // it is carried in hidden fields.
              [...new URL(config.url).searchParams].map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
            <input type="hidden" name="sivu" value={page} />
            <fieldset className={styles.choices} aria-labelledby={headingId}>
              {(
                [
                  ['kylla', 'Kyllä'],
                  ['ei', 'Ei'],
                ] as const
              ).map(([value, label], index) => (
                <label key={value} className={styles.choice}>
                  <input
                    ref={index === 0 ? firstChoice : undefined}
                    type="radio"
                    name="apua"
                    value={value}
                    checked={helpful === value}
                    onChange={() => setHelpful(value)}
                  />{' '}
                  {label}
                </label>
              ))}
            </fieldset>
            <label className={styles.label} htmlFor={`${headingId}-viesti`}>
              Mitä sivulta puuttui tai mitä parantaisit? (vapaaehtoinen)
            </label>
            <textarea
              id={`${headingId}-viesti`}
              className={styles.message}
              name="palaute"
              rows={3}
              maxLength={2000}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              aria-describedby={`${headingId}-ohje`}
            />
            <p id={`${headingId}-ohje`} className={styles.hint}>
              Älä kirjoita viestiin henkilötietoja. Viestin mukana lähtee tämän sivun osoite.{' '}
              {config.kind === 'url'
                ? `Palaute lähetetään palveluun ${new URL(config.url).host}.`
                : `Painike avaa sähköpostiohjelmasi valmiilla viestillä osoitteeseen ${config.email}; voit myös kirjoittaa sinne suoraan.`}
            </p>
            <div role="alert" className={styles.error}>
              {error}
            </div>
            {config.kind === 'url' ? (
              <button type="submit" className="button button--primary">
                Lähetä palaute
              </button>
            ) : (
              // A link, not a button: it carries the message as it is typed,
              // and works without JavaScript (with the page address only).
              <Link
                className="button button--primary"
                href={feedbackMailto(config.email, fields)}
                onClick={(event) => {
                  if (!check()) event.preventDefault();
                }}>
                Lähetä palaute sähköpostilla
              </Link>
            )}
          </form>
        )}
      </div>
    </section>
  );
}

/**
 * The electronic channel for accessibility feedback, as the accessibility
 * statement gives it (Act 306/2019 §9): the configured form or address, or
 * whom to contact when none is configured.
 */
export function AccessibilityFeedbackChannel(): ReactNode {
  const config = useFeedbackConfig();
  const page = usePageAddress();
  if (config.kind === 'url') {
    return (
      <p>
        Lähetä palaute verkkolomakkeella:{' '}
        <Link href={feedbackFormUrl(config.url, {page})}>saavutettavuuspalautteen lomake</Link>.
        Kerro lomakkeessa, mitä sivua tai tiedostoa palautteesi koskee.
      </p>
    );
  }
  if (config.kind === 'email') {
    return (
      <p>
        Lähetä palaute sähköpostilla osoitteeseen{' '}
        <Link href={feedbackMailto(config.email, {page})}>{config.email}</Link>. Kerro viestissä,
        mitä sivua tai tiedostoa palautteesi koskee.
      </p>
    );
  }
  return (
    <p>
      <FeedbackContacts />
    </p>
  );
}
