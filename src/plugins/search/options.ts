/**
 * The search plugin's options: defaults, schema and validation, as the
 * official plugins do (`validateOptions` with Joi).
 */

import {Joi} from '@docusaurus/utils-validation';

import {optionsValidator} from '../options';

export interface PluginOptions {
  /** Docusaurus' plugin id. */
  id: string;
  /** Site pages outside the content collections that are worth finding (paths below `baseUrl`). */
  sitePages: string[];
}

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  sitePages: ['/saavutettavuus', '/avoin-data'],
};

const schema = Joi.object<PluginOptions>({
  sitePages: Joi.array()
    .items(Joi.string().pattern(/^\//, 'a path starting with /'))
    .default(DEFAULT_OPTIONS.sitePages),
});

export const validateOptions = optionsValidator(schema);
