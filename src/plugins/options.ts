/** What the local plugins' `options.ts` share: validation against a Joi schema with defaults. */

import type {OptionValidationContext} from '@docusaurus/types';
import type {Joi} from '@docusaurus/utils-validation';

/** A plugin's `validateOptions`: its options through `schema`, missing ones as defaults. */
export function optionsValidator<T>(schema: Joi.ObjectSchema<T>) {
  return ({validate, options}: OptionValidationContext<Partial<T> | undefined, T>): T =>
    validate(schema, options ?? {});
}
