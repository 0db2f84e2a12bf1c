/**
 * The editor plugin's options: defaults, schema and validation, as the
 * official plugins do (`validateOptions` with Joi).
 */

import {Joi} from '@docusaurus/utils-validation';

import {optionsValidator} from '../options';

export interface PluginOptions {
  /** Docusaurus' plugin id. */
  id: string;
  /** Port of the local proxy (`decap-server`) that `npm run cms` starts. */
  localBackendPort: number;
}

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  localBackendPort: Number(process.env.DECAP_SERVER_PORT ?? 8081),
};

const schema = Joi.object<PluginOptions>({
  localBackendPort: Joi.number()
    .integer()
    .min(1)
    .max(65535)
    .default(DEFAULT_OPTIONS.localBackendPort),
});

export const validateOptions = optionsValidator(schema);
