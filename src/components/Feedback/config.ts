/**
 * Where the reader's feedback goes, from the build's environment. Read by
 * `docusaurus.config.ts` (into `customFields.feedback`) and by
 * `npm run headers` (the form service's origin goes into the CSP's
 * `form-action`). No Node modules here: the page component imports the type.
 */

/** The feedback destination a build was made with. */
export type FeedbackConfig =
  | {
      /** A form service: the form is sent there with GET, the page address as `sivu`. */
      kind: 'url';
      /** Absolute https address of the form service (http only for localhost). */
      url: string;
    }
  | {
      /** A prefilled message in the reader's e-mail program (`mailto:`). */
      kind: 'email';
      /** The address that receives the feedback. */
      email: string;
    }
  | {
      /** Nothing configured: the page says whom to contact instead of showing a form. */
      kind: 'none';
    };

/** The environment variables this reads. */
export interface FeedbackEnv {
  FEEDBACK_URL?: string;
  FEEDBACK_EMAIL?: string;
}

const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]+$/;

/**
 * The feedback configuration, or a Finnish error naming the variable and
 * what is wrong with its value. Empty values count as unset.
 */
export function feedbackConfig(env: FeedbackEnv): FeedbackConfig {
  const url = env.FEEDBACK_URL?.trim() ?? '';
  const email = env.FEEDBACK_EMAIL?.trim() ?? '';
  if (url && email) {
    throw new Error(
      'Palautteen asetukset: FEEDBACK_URL ja FEEDBACK_EMAIL on molemmat asetettu. Aseta vain toinen: lomakepalvelun osoite tai sähköpostiosoite.',
    );
  }
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(
        `Palautteen asetukset: FEEDBACK_URL "${url}" ei ole osoite. Anna lomakepalvelun koko osoite, esimerkiksi https://lomake.example.fi/opas.`,
      );
    }
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(local && parsed.protocol === 'http:')) {
      throw new Error(
        `Palautteen asetukset: FEEDBACK_URL "${url}" ei ala https://. Palaute lähetetään vain salattua yhteyttä pitkin.`,
      );
    }
    return {kind: 'url', url: parsed.href};
  }
  if (email) {
    if (!EMAIL.test(email)) {
      throw new Error(
        `Palautteen asetukset: FEEDBACK_EMAIL "${email}" ei ole sähköpostiosoite. Anna muotoa nimi@example.fi oleva osoite.`,
      );
    }
    return {kind: 'email', email};
  }
  return {kind: 'none'};
}

/** The form service's address with the page's address and the answers as parameters. */
export function feedbackFormUrl(
  url: string,
  fields: {page: string; helpful?: 'kylla' | 'ei'; message?: string},
): string {
  const target = new URL(url);
  target.searchParams.set('sivu', fields.page);
  if (fields.helpful) target.searchParams.set('apua', fields.helpful);
  if (fields.message) target.searchParams.set('palaute', fields.message);
  return target.href;
}

/** A `mailto:` address prefilled with the page's address and the answers. */
export function feedbackMailto(
  email: string,
  fields: {page: string; helpful?: 'kylla' | 'ei'; message?: string},
): string {
  const lines = [`Sivu: ${fields.page}`];
  if (fields.helpful)
    lines.push(`Oliko sivusta apua: ${fields.helpful === 'kylla' ? 'Kyllä' : 'Ei'}`);
  lines.push(
    '',
    fields.message ? fields.message : 'Mitä sivulta puuttui tai mitä parantaisit?',
    '',
  );
  const subject = `Palaute oppaan sivusta ${new URL(fields.page).pathname}`;
  // encodeURIComponent, not URLSearchParams: mail programs read %20, not +.
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
}
