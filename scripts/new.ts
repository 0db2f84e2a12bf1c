/**
 * `npm run new -- <tyyppi> --title "…" [--municipality …] [--themes …]`:
 * writes a new content file in the right folder, with front matter from the
 * content model and the body outline of its type. Without field flags in a
 * terminal it asks for each field in Finnish. It never overwrites a file,
 * and a bad value gets the build's own message.
 */

import {existsSync, readdirSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {createInterface} from 'node:readline/promises';
import {parseArgs, type ParseArgsConfig} from 'node:util';

import {contentTypeKeys, contentTypes, type ContentTypeKey} from '../src/data/contentTypes';
import type {FieldSpec, LeafField} from '../src/data/fields';
import {describeAllowed, kindOf} from '../src/model/fieldKinds';
import {validateFrontMatter} from '../src/model/validate';
import {
  isoDay,
  renderFile,
  resolveType,
  slugify,
  targetPath,
  typeAliases,
  TODO_MARK,
} from './lib/scaffold';

/** Asks one question and resolves to the answer (without the newline). */
export type Ask = (question: string) => Promise<string>;

/** What the command needs from its surroundings; the tests pass their own. */
export interface NewOptions {
  /** Command-line arguments after `npm run new --`. */
  args: readonly string[];
  /** The site root. */
  siteDir: string;
  /** Now; today's date is taken from it. */
  now: Date;
  /** Asks the writer, or undefined when there is no terminal to ask in. */
  ask?: Ask;
  /** Prints a line for the writer. */
  print: (line: string) => void;
}

function typeList(): string {
  return contentTypeKeys
    .map((key) => {
      const alias = Object.keys(typeAliases).find((name) => typeAliases[name] === key);
      return `  ${alias ?? key} (tai ${key}): ${contentTypes[key].label}, kansioon ${contentTypes[key].folder}/`;
    })
    .join('\n');
}

function usage(): string {
  return [
    'Käyttö: npm run new -- <tyyppi> --title "Otsikko" [--kenttä arvo ...]',
    '',
    'Tyypit:',
    typeList(),
    '',
    'Esimerkki: npm run new -- case-note --title "Energiakatselmus" --municipality akaa --themes energia,johtaminen',
    '',
    'Kentät annetaan niiden nimillä (--title, --municipality, --themes, --phase ...); useamman arvon',
    'kentässä arvot erotetaan pilkuilla. Oppaan luvun osan voi valita valinnalla --folder (esimerkiksi',
    '--folder menetelmat). Päätteessä ilman kenttiä komento kysyy jokaisen kentän vuorollaan.',
  ].join('\n');
}

/** Folders under `docs/` that hold chapters (not the typed parts). */
function chapterFolders(siteDir: string): string[] {
  const docs = path.join(siteDir, contentTypes.luku.folder);
  if (!existsSync(docs)) return [];
  const typed = new Set(
    contentTypeKeys
      .map((key) => contentTypes[key].folder)
      .filter((folder) => folder.startsWith(`${contentTypes.luku.folder}/`))
      .map((folder) => folder.split('/')[1]),
  );
  return readdirSync(docs, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !typed.has(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** A flag's text as the field's value: lists split at commas, true/false as booleans. */
function flagValue(spec: FieldSpec, raw: string | string[] | boolean): unknown {
  const texts = (Array.isArray(raw) ? raw : [String(raw)]).map((text) => text.trim());
  return kindOf(spec).fromFlag?.(texts, spec);
}

/** Problems of the given values, worded exactly as the build words them. */
function problemsOf(
  file: string,
  type: ContentTypeKey,
  values: Readonly<Record<string, unknown>>,
): string[] {
  // The new file is a draft, so fields still empty are not problems.
  return validateFrontMatter(file, type, {...values, draft: true}).problems;
}

/** Asks until the answer is one of `allowed` (or empty, when that is allowed). */
async function askChoice(
  ask: Ask,
  print: (line: string) => void,
  question: string,
  options: readonly string[],
  labels: Readonly<Record<string, string>>,
  {multiple, optional}: {multiple: boolean; optional: boolean},
): Promise<string[]> {
  print(question);
  options.forEach((key, index) => print(`  ${index + 1}) ${key}: ${labels[key] ?? key}`));
  const hint = multiple ? 'numerot tai arvot pilkuin eroteltuina' : 'numero tai arvo';
  for (;;) {
    const answer = (await ask(`Valinta (${hint}${optional ? ', Enter ohittaa' : ''}): `)).trim();
    if (answer === '') {
      if (optional) return [];
      print('Tämä kenttä tarvitaan. Valitse yksi vaihtoehdoista.');
      continue;
    }
    const picked = answer.split(',').map((part) => {
      const text = part.trim();
      const index = Number(text);
      return Number.isInteger(index) && index >= 1 && index <= options.length
        ? options[index - 1]!
        : text;
    });
    const wrong = picked.filter((key) => !options.includes(key));
    if (wrong.length === 0 && (multiple || picked.length === 1)) return picked;
    print(
      wrong.length > 0
        ? `"${wrong.join(', ')}" ei kelpaa; sallitut arvot: ${options.join(', ')}`
        : 'Valitse vain yksi vaihtoehto.',
    );
  }
}

/**
 * Asks for one field and returns its value, or undefined when skipped.
 * `check` gives the build's messages for a candidate value; `mustAnswer`
 * is for the title, which names the file.
 */
async function askField(
  ask: Ask,
  print: (line: string) => void,
  spec: FieldSpec | LeafField,
  check: (value: unknown) => string[],
  today: string,
  mustAnswer = false,
): Promise<unknown> {
  const optional = !spec.required;
  const title = `${spec.label}${optional ? ' (vapaaehtoinen)' : ''}: ${spec.description}`;
  if (spec.kind === 'choice') {
    const picked = await askChoice(ask, print, title, spec.options, spec.optionLabels, {
      multiple: spec.multiple,
      // A draft may leave a required choice open; the writer fills it in later.
      optional: true,
    });
    if (picked.length === 0) return undefined;
    return spec.multiple ? picked : picked[0];
  }
  if (spec.kind === 'textlist') {
    print(`${title} Kirjoita yksi kerrallaan; tyhjä rivi lopettaa.`);
    const items: string[] = [];
    for (;;) {
      const answer = (await ask(`  ${items.length + 1}. `)).trim();
      if (answer === '') return items.length > 0 ? items : undefined;
      const problems = check([...items, answer]);
      if (problems.length > 0) problems.forEach(print);
      else items.push(answer);
    }
  }
  if (spec.kind === 'objectlist') {
    print(title);
    const items: Record<string, unknown>[] = [];
    for (;;) {
      const more = (await ask(`Lisätäänkö ${items.length === 0 ? '' : 'toinen '}kohta? (k/e): `))
        .trim()
        .toLowerCase();
      if (!more.startsWith('k')) return items.length > 0 ? items : undefined;
      const item: Record<string, unknown> = {};
      for (const [itemKey, itemSpec] of Object.entries(spec.fields)) {
        // Only this sub-field's problems: the item's later ones are not asked yet.
        const here = `kohta ${items.length + 1}, "${itemKey}"`;
        const value = await askField(
          ask,
          print,
          itemSpec,
          (itemValue) =>
            check([...items, {...item, [itemKey]: itemValue}]).filter((problem) =>
              problem.includes(here),
            ),
          today,
        );
        if (value !== undefined) item[itemKey] = value;
      }
      const problems = check([...items, item]);
      if (problems.length > 0) {
        problems.forEach(print);
        print('Kohtaa ei lisätty. Yritä uudelleen.');
      } else {
        items.push(item);
      }
    }
  }
  const allowed = describeAllowed(spec);
  print(`${title}${allowed ? ` ${allowed}` : ''}`);
  const fallback = spec.kind === 'date' && 'today' in spec && spec.today ? today : undefined;
  for (;;) {
    const hint = fallback ? ` [${fallback}]` : mustAnswer ? '' : ' (Enter ohittaa)';
    let answer = (await ask(`${spec.label}${hint}: `)).trim();
    if (answer === '' && fallback) answer = fallback;
    if (answer === '') {
      if (mustAnswer) {
        print('Otsikko tarvitaan: siitä tulee tiedoston nimi.');
        continue;
      }
      return undefined;
    }
    const value =
      spec.kind === 'boolean'
        ? ['k', 'kyllä', 'true'].includes(answer.toLowerCase())
          ? true
          : ['e', 'ei', 'false'].includes(answer.toLowerCase())
            ? false
            : answer
        : answer;
    const problems = check(value);
    if (problems.length === 0) return value;
    problems.forEach(print);
  }
}

/** Asks for the type, when it was not given, and for every field. */
async function interview(
  ask: Ask,
  print: (line: string) => void,
  siteDir: string,
  givenType: ContentTypeKey | undefined,
  today: string,
): Promise<{type: ContentTypeKey; values: Record<string, unknown>; folder?: string}> {
  print('Uusi sivu. Vastaa kysymyksiin; voit täydentää tiedoston myöhemmin.');
  const type =
    givenType ??
    ((
      await askChoice(
        ask,
        print,
        'Millaisen sivun teet?',
        contentTypeKeys,
        Object.fromEntries(contentTypeKeys.map((key) => [key, contentTypes[key].label])),
        {multiple: false, optional: false},
      )
    )[0] as ContentTypeKey);
  let folder: string | undefined;
  if (type === 'luku') {
    const folders = chapterFolders(siteDir);
    if (folders.length > 0) {
      const picked = await askChoice(
        ask,
        print,
        'Mihin oppaan osaan luku kuuluu? (Enter: oppaan päätasolle)',
        folders,
        Object.fromEntries(folders.map((name) => [name, `docs/${name}/`])),
        {multiple: false, optional: true},
      );
      folder = picked[0];
    }
  }
  const values: Record<string, unknown> = {};
  const file = `${contentTypes[type].folder}/uusi.md`;
  for (const [key, spec] of Object.entries(contentTypes[type].fields)) {
    print('');
    const value = await askField(
      ask,
      print,
      spec,
      (candidate) => problemsOf(file, type, {...values, [key]: candidate}),
      today,
      key === 'title',
    );
    if (value !== undefined) values[key] = value;
  }
  return {type, values, folder};
}

/** Runs the command; resolves to the exit code. */
export async function runNew({args, siteDir, now, ask, print}: NewOptions): Promise<number> {
  const today = isoDay(now);
  const first = args[0];
  if (first === '--help' || first === '-h' || first === 'apua') {
    print(usage());
    return 0;
  }
  const typeName = first && !first.startsWith('-') ? first : undefined;
  const givenType = typeName ? resolveType(typeName) : undefined;
  if (typeName && !givenType) {
    print(`Tuntematon sivutyyppi "${typeName}". Sallitut tyypit:\n${typeList()}`);
    return 1;
  }
  const rest = typeName ? args.slice(1) : args;

  let type: ContentTypeKey;
  let values: Record<string, unknown> = {};
  let folder: string | undefined;

  if (rest.length === 0 && ask) {
    ({type, values, folder} = await interview(ask, print, siteDir, givenType, today));
  } else {
    if (!givenType) {
      print(`Anna sivun tyyppi ensimmäisenä.\n\n${usage()}`);
      return 1;
    }
    type = givenType;
    const fields = contentTypes[type].fields;
    const options: NonNullable<ParseArgsConfig['options']> = {folder: {type: 'string'}};
    for (const [key, spec] of Object.entries(fields)) {
      if (kindOf(spec).fromFlag) options[key] = {type: 'string', multiple: true};
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({args: [...rest], options, strict: true, allowPositionals: false});
    } catch (error) {
      const code = (error as {code?: string}).code;
      const known = Object.keys(options)
        .map((name) => `--${name}`)
        .join(', ');
      if (
        code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
        code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
      ) {
        const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
        print(
          `Tuntematon valinta ${option} sivutyypille ${type}. Sallitut valinnat: ${known}. Laita arvo, jossa on välilyöntejä, lainausmerkkeihin: --title "Kaksi sanaa".`,
        );
      } else {
        print(
          `Valinnalta puuttuu arvo. Kirjoita arvo valinnan perään, esimerkiksi --title "Otsikko". Sallitut valinnat: ${known}.`,
        );
      }
      return 1;
    }
    for (const [key, raw] of Object.entries(parsed.values)) {
      if (key === 'folder' || raw === undefined) continue;
      values[key] = flagValue(fields[key]!, raw as string[]);
    }
    const folderValue = parsed.values.folder;
    folder = Array.isArray(folderValue)
      ? String(folderValue[0])
      : (folderValue as string | undefined);
  }

  const title = typeof values.title === 'string' ? values.title : '';
  if (title.trim() === '') {
    print('Anna otsikko: --title "Sivun otsikko". Tiedoston nimi tehdään otsikosta.');
    return 1;
  }
  const slug = slugify(title);
  if (slug === '') {
    print(`Otsikosta "${title}" ei saa tiedoston nimeä: siinä pitää olla kirjaimia tai numeroita.`);
    return 1;
  }
  for (const [key, spec] of Object.entries(contentTypes[type].fields)) {
    if (values[key] === undefined && spec.kind === 'date' && spec.today) values[key] = today;
  }

  if (type === 'tapaus' && typeof values.municipality !== 'string') {
    const spec = contentTypes.tapaus.fields.municipality as Extract<FieldSpec, {kind: 'choice'}>;
    print(
      `Kerro kunta: --municipality <kunta>. Kuntien esimerkit tallennetaan kunnan kansioon; sallitut arvot: ${spec.options.join(', ')}`,
    );
    return 1;
  }
  if (folder !== undefined) {
    const folders = chapterFolders(siteDir);
    if (type !== 'luku' || !folders.includes(folder)) {
      print(
        type === 'luku'
          ? `Oppaan osaa "${folder}" ei ole. Sallitut osat: ${folders.join(', ')}`
          : 'Valinta --folder koskee vain oppaan lukuja (chapter); muiden tyyppien kansio on kiinteä.',
      );
      return 1;
    }
  }

  const file = targetPath(type, slug, {
    municipality: values.municipality as string | undefined,
    folder,
    date: typeof values.date === 'string' ? values.date : today,
  });
  const problems = problemsOf(file, type, values);
  if (problems.length > 0) {
    problems.forEach(print);
    print(
      `\nTiedostoa ei kirjoitettu. Korjaa ${problems.length === 1 ? 'arvo' : 'arvot'} ja aja komento uudelleen.`,
    );
    return 1;
  }

  const target = path.join(siteDir, file);
  const twin = target.replace(/\.md$/, '.mdx');
  if (existsSync(target) || existsSync(twin)) {
    print(
      `Tiedosto ${existsSync(target) ? file : file.replace(/\.md$/, '.mdx')} on jo olemassa, eikä sitä korvata. Muokkaa olemassa olevaa tiedostoa tai valitse toinen otsikko.`,
    );
    return 1;
  }
  await mkdir(path.dirname(target), {recursive: true});
  try {
    // `wx` fails if the file appeared after the check above: never overwrite.
    await writeFile(target, renderFile(type, values, today), {flag: 'wx'});
  } catch (error) {
    if ((error as {code?: string}).code === 'EEXIST') {
      print(`Tiedosto ${file} on jo olemassa, eikä sitä korvata.`);
      return 1;
    }
    throw error;
  }
  print(`Kirjoitettiin ${file}.`);
  print(
    `Se on luonnos (draft: true), joka ei näy julkaistussa oppaassa. Täydennä kohdat, joissa lukee ${TODO_MARK}, poista rivi "draft: true" ja tarkista tiedosto komennolla npm run check.`,
  );
  return 0;
}

async function main(): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const readline = interactive
    ? createInterface({input: process.stdin, output: process.stdout})
    : undefined;
  try {
    process.exitCode = await runNew({
      args: process.argv.slice(2),
      siteDir: process.cwd(),
      now: new Date(),
      ask: readline ? (question) => readline.question(question) : undefined,
      print: (line) => console.log(line),
    });
  } finally {
    readline?.close();
  }
}

if (require.main === module) void main();
