import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import type {Joi} from '@docusaurus/utils-validation';

import * as cms from '../src/plugins/cms/options';
import * as contentModel from '../src/plugins/content-model/options';
import * as search from '../src/plugins/search/options';

/** Docusaurus' own `validate`: the value with defaults, or the schema's error thrown. */
function validate<T>(schema: Joi.ObjectSchema<T>, options: Partial<T> | undefined): T {
  const {value, error} = schema.validate(options);
  if (error) throw error;
  return value;
}

describe('local plugins validate their options', () => {
  it('no options give the defaults', () => {
    assert.deepEqual(
      contentModel.validateOptions({validate, options: undefined}),
      contentModel.DEFAULT_OPTIONS,
    );
    assert.deepEqual(search.validateOptions({validate, options: {}}), search.DEFAULT_OPTIONS);
    assert.deepEqual(cms.validateOptions({validate, options: {}}), cms.DEFAULT_OPTIONS);
  });

  it('given options are kept', () => {
    assert.deepEqual(search.validateOptions({validate, options: {sitePages: ['/a']}}).sitePages, [
      '/a',
    ]);
    assert.equal(
      cms.validateOptions({validate, options: {localBackendPort: 9000}}).localBackendPort,
      9000,
    );
  });

  it('wrong options are refused, naming the option', () => {
    assert.throws(
      () => search.validateOptions({validate, options: {sitePages: ['avoin-data']}}),
      /sitePages\[0\]/,
    );
    assert.throws(
      () => cms.validateOptions({validate, options: {localBackendPort: 0}}),
      /localBackendPort/,
    );
    assert.throws(
      () => contentModel.validateOptions({validate, options: {feedTitle: ''}}),
      /feedTitle/,
    );
    assert.throws(
      () => contentModel.validateOptions({validate, options: {feedTitel: 'x'} as never}),
      /feedTitel/,
    );
  });
});
