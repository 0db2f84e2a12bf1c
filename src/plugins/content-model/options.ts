/**
 * The content-model plugin's options: defaults, schema and validation, as
 * the official plugins do (`validateOptions` with Joi from
 * `@docusaurus/utils-validation`).
 */

import {Joi} from '@docusaurus/utils-validation';

import {optionsValidator} from '../options';

export interface PluginOptions {
  /** Docusaurus' plugin id. */
  id: string;
  /** Title of the case notes' feeds. */
  feedTitle: string;
  /** Description of the case notes' feeds. */
  feedDescription: string;
  /** Copyright line of the feeds. */
  copyright: string;
}

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  feedTitle: 'Ilmastotyön opas – kuntien esimerkit',
  feedDescription: 'Uudet ja päivitetyt kuntien esimerkit Ilmastotyön oppaassa',
  copyright: 'Hiilineutraali Etelä-Pirkanmaa 2030',
};

const schema = Joi.object<PluginOptions>({
  feedTitle: Joi.string().min(1).default(DEFAULT_OPTIONS.feedTitle),
  feedDescription: Joi.string().min(1).default(DEFAULT_OPTIONS.feedDescription),
  copyright: Joi.string().min(1).default(DEFAULT_OPTIONS.copyright),
});

export const validateOptions = optionsValidator(schema);
