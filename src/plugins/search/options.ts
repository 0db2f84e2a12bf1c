/**
 * The search plugin's options: defaults, schema and validation, as the
 * official plugins do (`validateOptions` with Joi).
 */

import type {OptionValidationContext} from '@docusaurus/types';
import {Joi} from '@docusaurus/utils-validation';

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

export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  return validate(schema, options ?? {});
}
