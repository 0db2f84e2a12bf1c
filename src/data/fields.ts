/**
 * The vocabulary for describing front matter fields. Each content type in
 * `contentTypes.ts` is a record of these specs; the build's validation, the
 * scaffolding command, the browser editor and the data export all read the
 * same specs, and the TypeScript types of the front matter are inferred from
 * them, so a field is declared exactly once. What each kind means (checks,
 * JSON Schema, editor widget, scaffolding, description) is in
 * `src/model/fieldKinds.ts`.
 */

interface BaseField {
  /** Finnish label shown to writers (editor, error messages, docs). */
  label: string;
  /** Finnish explanation of what to write in the field. */
  description: string;
  /** Whether the field must be present. */
  required: boolean;
}

/** One line of plain text. */
export interface TextField extends BaseField {
  kind: 'text';
}

/** A web address starting with http:// or https://. */
export interface UrlField extends BaseField {
  kind: 'url';
}

/** A calendar date, written `VVVV-KK-PP` (e.g. 2022-11-30). */
export interface DateField extends BaseField {
  kind: 'date';
  /**
   * Whether a new file gets today's date here: true where the date means
   * "when this was written or checked", so that today is the truth and not
   * a guess. The scaffolding command and the editor read it.
   */
  today?: boolean;
}

/** `true` or `false`. */
export interface BooleanField extends BaseField {
  kind: 'boolean';
}

/** One value, or with `multiple` a list of values, from a fixed set of keys. */
export interface ChoiceField<K extends string = string> extends BaseField {
  kind: 'choice';
  /** The allowed keys, in the order they are offered. */
  options: readonly K[];
  /** Labels for the keys, shown in the editor and on the site. */
  optionLabels: Readonly<Record<K, string>>;
  /** Whether the field holds a list of keys instead of one. */
  multiple: boolean;
}

/** A list of plain text lines. */
export interface TextListField extends BaseField {
  kind: 'textlist';
  /** Fewest items when the field is present (default 0). */
  minItems?: number;
}

/** A list of small records, e.g. tasks or sources. */
export interface ObjectListField extends BaseField {
  kind: 'objectlist';
  /** The fields of one item. */
  fields: Readonly<Record<string, LeafField>>;
  /** Fewest items when the field is present (default 0). */
  minItems?: number;
}

/** Fields that can appear inside an object list item. */
export type LeafField = TextField | UrlField | DateField;

export type FieldSpec =
  TextField | UrlField | DateField | BooleanField | ChoiceField | TextListField | ObjectListField;

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

type ValueOf<F> = F extends {kind: 'text' | 'url' | 'date'}
  ? string
  : F extends {kind: 'boolean'}
    ? boolean
    : F extends {kind: 'choice'; options: readonly (infer K)[]; multiple: true}
      ? K[]
      : F extends {kind: 'choice'; options: readonly (infer K)[]}
        ? K
        : F extends {kind: 'textlist'}
          ? string[]
          : F extends {kind: 'objectlist'; fields: infer S}
            ? InferFields<S>[]
            : never;

type RequiredKeys<S> = {
  [K in keyof S]: S[K] extends {required: true} ? K : never;
}[keyof S];

/**
 * The validated front matter of a set of field specs. Dates come out as
 * `VVVV-KK-PP` strings whatever YAML made of them.
 */
export type InferFields<S> = {
  -readonly [K in RequiredKeys<S>]: ValueOf<S[K]>;
} & {
  -readonly [K in Exclude<keyof S, RequiredKeys<S>>]?: ValueOf<S[K]>;
};
