import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {feedbackConfig, feedbackFormUrl, feedbackMailto} from '../src/components/Feedback/config';

describe('feedback configuration', () => {
  it('is none without either variable, and empty values count as unset', () => {
    assert.deepEqual(feedbackConfig({}), {kind: 'none'});
    assert.deepEqual(feedbackConfig({FEEDBACK_URL: ' ', FEEDBACK_EMAIL: ''}), {kind: 'none'});
  });

  it('takes a form service address or an e-mail address', () => {
    assert.deepEqual(feedbackConfig({FEEDBACK_URL: 'https://lomake.example.fi/opas?x=1'}), {
      kind: 'url',
      url: 'https://lomake.example.fi/opas?x=1',
    });
    assert.deepEqual(feedbackConfig({FEEDBACK_EMAIL: 'palaute@example.fi'}), {
      kind: 'email',
      email: 'palaute@example.fi',
    });
  });

  const refused: [Record<string, string>, string][] = [
    [
      {FEEDBACK_URL: 'https://a.example.fi', FEEDBACK_EMAIL: 'a@example.fi'},
      'Palautteen asetukset: FEEDBACK_URL ja FEEDBACK_EMAIL on molemmat asetettu. Aseta vain toinen: lomakepalvelun osoite tai sähköpostiosoite.',
    ],
    [
      {FEEDBACK_URL: 'lomake'},
      'Palautteen asetukset: FEEDBACK_URL "lomake" ei ole osoite. Anna lomakepalvelun koko osoite, esimerkiksi https://lomake.example.fi/opas.',
    ],
    [
      {FEEDBACK_URL: 'http://lomake.example.fi/'},
      'Palautteen asetukset: FEEDBACK_URL "http://lomake.example.fi/" ei ala https://. Palaute lähetetään vain salattua yhteyttä pitkin.',
    ],
    [
      {FEEDBACK_URL: 'javascript:alert(1)'},
      'Palautteen asetukset: FEEDBACK_URL "javascript:alert(1)" ei ala https://. Palaute lähetetään vain salattua yhteyttä pitkin.',
    ],
    [
      {FEEDBACK_EMAIL: 'palaute@example.fi?bcc=x@y.fi'},
      'Palautteen asetukset: FEEDBACK_EMAIL "palaute@example.fi?bcc=x@y.fi" ei ole sähköpostiosoite. Anna muotoa nimi@example.fi oleva osoite.',
    ],
  ];
  for (const [env, message] of refused) {
    it(`refuses ${JSON.stringify(env)} with a Finnish message naming the variable`, () => {
      assert.throws(() => feedbackConfig(env), {message});
    });
  }

  it('accepts plain http only on the local machine', () => {
    assert.equal(feedbackConfig({FEEDBACK_URL: 'http://127.0.0.1:3181/f'}).kind, 'url');
  });
});

describe('feedback destinations', () => {
  const page = 'https://opas.example.fi/opas/menetelmat/mittarit';

  it('adds the page, the answer and the message to the form address, keeping its own query', () => {
    const url = new URL(
      feedbackFormUrl('https://lomake.example.fi/f?lomake=opas', {
        page,
        helpful: 'ei',
        message: 'Esimerkki & kysymys?',
      }),
    );
    assert.equal(url.origin + url.pathname, 'https://lomake.example.fi/f');
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      lomake: 'opas',
      sivu: page,
      apua: 'ei',
      palaute: 'Esimerkki & kysymys?',
    });
  });

  it('prefills a message with the page address, encoded so that & and ? stay in the body', () => {
    const mailto = feedbackMailto('palaute@example.fi', {
      page,
      helpful: 'kylla',
      message: 'Hyvä & selkeä?',
    });
    assert.match(mailto, /^mailto:palaute@example\.fi\?subject=/);
    const params = new URLSearchParams(mailto.slice(mailto.indexOf('?') + 1));
    assert.equal(params.get('subject'), 'Palaute oppaan sivusta /opas/menetelmat/mittarit');
    assert.equal(
      params.get('body'),
      `Sivu: ${page}\r\nOliko sivusta apua: Kyllä\r\n\r\nHyvä & selkeä?\r\n`,
    );
    assert.doesNotMatch(mailto, /\+/, 'spaces are %20, not +');
  });
});
