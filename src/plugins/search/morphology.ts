/**
 * Finnish morphology for the index builder: Voikko (libvoikko + the
 * voikko-fi dictionary, Debian packages `libvoikko1` and `voikko-fi`) gives
 * each word's base forms and its compound structure. Node-only and used at
 * build time only: the browser gets the index, never the analyser or its
 * dictionary (which is GPL; the index is derived from the site's own text).
 *
 * Why koffi over the C library, and not the Python binding: measured on
 * this machine (2 cores, shared) on the guide's 5,775 distinct words, koffi
 * calling `voikkoAnalyzeWordCstr` in process took 211 ms (37 µs a word);
 * one `python3` subprocess fed the same words in one batch through ctypes
 * (which is what `python3-libvoikko` is) took 1,098 ms (190 µs a word, its
 * start and dictionary load included), and would add a second runtime and a
 * pipe protocol to keep.
 * koffi ships prebuilt binaries in its npm package, so nothing is compiled.
 */

import {availableParallelism} from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';

import koffi from 'koffi';

/** What Voikko says of one word: its base forms and its compound runs. */
export interface WordAnalysis {
  /** Base forms of the whole word (one per reading). */
  lemmas: string[];
  /**
   * Base forms of every run of consecutive compound parts shorter than the
   * whole word (ilmastovuosikertomuksen → ilmasto, vuosi, kertomus,
   * ilmastovuosi, vuosikertomus), derivational suffixes kept on their part
   * (saavutettavuuskantelun → saavutettavuus, kantelu).
   */
  parts: string[];
  /** Only the base forms of the runs (parts without the word's own tails). */
  runs: string[];
}

export interface Morphology {
  /** Analyses a lowercase word; undefined when Voikko does not know it. */
  analyse(word: string): WordAnalysis | undefined;
  /**
   * The word classes of a word's readings (nimisana, laatusana, teonsana,
   * …). Apart from `analyse`, since the index does not need them and
   * reading them was a few per cent of the analysis.
   */
  classes(word: string): string[];
  /** Analyses many words, in worker threads beside this one when there are many. */
  analyseMany(words: readonly string[]): Promise<(WordAnalysis | undefined)[]>;
  /**
   * Starts analysing words as they come: worker threads take them while
   * the caller goes on (the index builder reads the next pages).
   */
  stream(): AnalysisStream;
  close(): void;
}

/** Words handed over while they are analysed elsewhere. */
export interface AnalysisStream {
  /** Queues words (each once); worker threads analyse them in the background. */
  add(words: readonly string[]): void;
  /**
   * Resolves when every word added is analysed (this thread takes what no
   * worker has started); then `analyse` answers them from its cache.
   */
  done(): Promise<void>;
}

/** Set to 1 to build the index without Voikko even where it is installed. */
export const NO_VOIKKO_ENV = 'HAKU_ILMAN_VOIKKOA';

/** The one line printed when the index is built without Voikko. */
export const FALLBACK_NOTICE =
  '[haku] Hakuhakemisto rakennetaan ilman suomen morfologiaa (Voikko puuttuu), joten yhdyssanojen osat ja perusmuodot löytyvät heikommin. Asenna se: sudo apt-get install libvoikko1 voikko-fi';

interface VoikkoLib {
  init: (error: [unknown], lang: string, path: string | null) => unknown;
  terminate: (handle: unknown) => void;
  analyze: (handle: unknown, word: string) => unknown;
  value: (analysis: unknown, key: string) => unknown;
  freeValue: (value: unknown) => void;
  freeAnalyses: (list: unknown) => void;
}

function bind(): VoikkoLib {
  const lib = koffi.load('libvoikko.so.1');
  return {
    init: lib.func(
      'void* voikkoInit(_Out_ const char** error, const char* langcode, const char* path)',
    ),
    terminate: lib.func('void voikkoTerminate(void* handle)'),
    // Returned strings and arrays are declared void*: koffi would copy a
    // `char*` into a JS string and lose the pointer that must be freed.
    analyze: lib.func('void* voikkoAnalyzeWordCstr(void* handle, const char* word)'),
    value: lib.func('void* voikko_mor_analysis_value_cstr(void* analysis, const char* key)'),
    freeValue: lib.func('void voikko_free_mor_analysis_value_cstr(void* value)'),
    freeAnalyses: lib.func('void voikko_free_mor_analysis(void* analysis)'),
  };
}

/** A compound part from WORDBASES: its surface (base-like) text and own base. */
interface Part {
  surface: string;
  /** The base of its first segment when the part has no derivation. */
  base?: string;
}

/**
 * Groups WORDBASES segments into compound parts. Segments look like
 * `+kertomus(kertomus)`, `+energian(energia)`, `+us(+us)` or
 * `+kan(kantaa)tel(+nella)`; one whose base starts with `+` (or that has no
 * base) is a derivational suffix and belongs to the part before it.
 */
export function compoundParts(wordbases: string): Part[] {
  const segments: {surface: string; bases: string[]}[] = [];
  let depth = 0;
  let current: {surface: string; bases: string[]} | undefined;
  let base = '';
  for (const char of wordbases) {
    if (depth === 0 && char === '+') {
      current = {surface: '', bases: []};
      segments.push(current);
    } else if (char === '(') {
      depth += 1;
      base = '';
    } else if (char === ')') {
      depth -= 1;
      current?.bases.push(base);
    } else if (depth > 0) base += char;
    else if (current) current.surface += char;
  }
  const grouped: Part[] = [];
  for (const segment of segments) {
    const first = segment.bases[0];
    const derivational = first === undefined || first.startsWith('+');
    const last = grouped[grouped.length - 1];
    if (derivational && last) {
      last.surface += segment.surface;
      last.base = undefined;
    } else {
      const simple = segment.bases.length === 1 && first !== undefined;
      grouped.push({surface: segment.surface, base: simple ? first : undefined});
    }
  }
  return grouped.filter((part) => part.surface !== '');
}

/**
 * Base forms of the runs of consecutive parts, the whole word left out.
 * A run that ends in the last part is the base form's own tail
 * (vuosikertomus); a run inside the word ends in its last part's base
 * (energian → energia) or, for a derived part, in the part as written.
 */
export function partRuns(parts: readonly Part[]): string[] {
  const runs = new Set<string>();
  for (let start = 0; start < parts.length; start += 1) {
    for (let end = start; end < parts.length; end += 1) {
      if (start === 0 && end === parts.length - 1) continue;
      const head = parts
        .slice(start, end)
        .map((part) => part.surface)
        .join('');
      const last = parts[end]!;
      const tail = end === parts.length - 1 ? last.surface : (last.base ?? last.surface);
      runs.add(head + tail);
    }
  }
  return [...runs];
}

/** One reading of a word as Voikko gives it: BASEFORM, WORDBASES. */
type Reading = [baseform: string, wordbases: string];

/**
 * Words per batch handed to a worker thread. A worker starts once a whole
 * batch is waiting, so small builds (tests, the dev server's index of a few
 * pages) never pay for starting one.
 */
export const STREAM_BATCH = 1500;
/** At most this many worker threads, however many cores. */
const MAX_THREADS = 3;
/**
 * Batches sent to a worker thread before it answers the first: enough
 * work for the thread while the builder goes on for a while without
 * looking at the answers (a long page, the word keys in finish).
 */
const IN_FLIGHT = 4;
/**
 * Words per batch once the builder waits for the last words (done): the
 * threads keep at most two such batches, and this thread looks at their
 * answers between its own.
 */
const SLICE = 250;

/** A worker thread running voikko-worker.cjs: batches of words in, readings out. */
interface VoikkoThread {
  /**
   * Analyses a batch; undefined when the thread failed (then the caller
   * does the words). Batches sent before the last one is answered queue up
   * in the thread and are answered in order.
   */
  run(words: readonly string[]): Promise<Reading[][] | undefined>;
  /** Batches sent and not yet answered. */
  readonly busy: number;
  stop(): void;
}

function startThread(): VoikkoThread | undefined {
  let worker: Worker;
  try {
    // Plain CommonJS: no loader of the parent (tsx) is needed in the thread.
    worker = new Worker(path.join(__dirname, 'voikko-worker.cjs'), {execArgv: []});
  } catch {
    return undefined;
  }
  let failed = false;
  const pending: ((result: Reading[][] | undefined) => void)[] = [];
  const fail = () => {
    failed = true;
    for (const resolve of pending.splice(0)) resolve(undefined);
  };
  worker.on('message', (message: Reading[][] | null) => {
    if (message === null) return fail();
    // An idle worker does not keep the process alive; a busy one does.
    if (pending.length === 1) worker.unref();
    pending.shift()?.(message);
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  worker.unref();
  return {
    run(words) {
      if (failed) return Promise.resolve(undefined);
      return new Promise((resolve) => {
        pending.push(resolve);
        worker.ref();
        worker.postMessage(words);
      });
    },
    get busy() {
      return pending.length;
    },
    stop() {
      worker.removeAllListeners('exit');
      // The thread closes Voikko and ends by itself.
      worker.postMessage(null);
    },
  };
}

/** A word's analysis from its readings; undefined when it has none. */
function fromReadings(word: string, readings: readonly Reading[]): WordAnalysis | undefined {
  const lemmas = new Set<string>();
  const parts = new Set<string>();
  const runs = new Set<string>();
  for (const [rawBase, rawBases] of readings) {
    const baseform = rawBase.toLowerCase();
    const wordbases = rawBases.toLowerCase();
    if (baseform) lemmas.add(baseform);
    if (!wordbases) continue;
    const grouped = compoundParts(wordbases);
    if (grouped.length < 2) continue;
    for (const run of partRuns(grouped)) {
      parts.add(run);
      runs.add(run);
    }
    // The word's own tails as written (ilmasto|johtamisen): a verbal noun's
    // base form is the verb (johtaa), and its own forms (johtaminen) must
    // still find it.
    let prefix = '';
    for (const part of grouped.slice(0, -1)) {
      prefix += part.surface;
      if (!word.startsWith(prefix)) break;
      parts.add(word.slice(prefix.length));
    }
  }
  if (lemmas.size === 0) return undefined;
  return {lemmas: [...lemmas], parts: [...parts], runs: [...runs]};
}

/**
 * Opens Voikko, or returns undefined when it is not installed (or is turned
 * off by HAKU_ILMAN_VOIKKOA=1). `load` is for tests.
 */
export function openMorphology(
  options: {env?: NodeJS.ProcessEnv; load?: () => VoikkoLib} = {},
): Morphology | undefined {
  const env = options.env ?? process.env;
  if (env[NO_VOIKKO_ENV] === '1') return undefined;
  let voikko: VoikkoLib;
  let handle: unknown;
  try {
    voikko = (options.load ?? bind)();
    const error: [unknown] = [null];
    handle = voikko.init(error, 'fi', null);
    if (!handle) return undefined;
  } catch {
    return undefined;
  }

  const read = (analysis: unknown, key: string): string | undefined => {
    const value = voikko.value(analysis, key);
    if (!value) return undefined;
    const text = koffi.decode(value, 'char', -1) as string;
    voikko.freeValue(value);
    return text;
  };
  // The same words recur on every page: each is analysed once.
  const cache = new Map<string, WordAnalysis | null>();

  /** The given attributes of each of a word's readings ('' where one has none). */
  const attributes = (word: string, keys: readonly string[]): string[][] => {
    const list = voikko.analyze(handle, word);
    const found: string[][] = [];
    if (!list) return found;
    for (let i = 0; ; i += 1) {
      const analysis = koffi.decode(list, i * koffi.sizeof('void*'), 'void*') as unknown;
      if (!analysis) break;
      found.push(keys.map((key) => read(analysis, key) ?? ''));
    }
    voikko.freeAnalyses(list);
    return found;
  };
  const readings = (word: string) => attributes(word, ['BASEFORM', 'WORDBASES']) as Reading[];

  const analyse = (word: string): WordAnalysis | undefined => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const result = fromReadings(word, readings(word)) ?? null;
    cache.set(word, result);
    return result ?? undefined;
  };

  const threadCount = Math.min(availableParallelism() - 1, MAX_THREADS);

  const stream = (): AnalysisStream => {
    const queue: string[][] = [];
    let batch: string[] = [];
    const queued = new Set<string>();
    const threads: VoikkoThread[] = [];
    const running = new Set<Promise<void>>();
    const store = (words: readonly string[], result: Reading[][] | undefined) => {
      words.forEach((word, k) => {
        // A worker that failed leaves its words to this thread.
        if (result) cache.set(word, fromReadings(word, result[k]!) ?? null);
        else analyse(word);
      });
    };
    // Each thread has a few batches waiting (IN_FLIGHT) while it works, so
    // it does not wait for this thread, busy with a page or the word keys,
    // to read its answer and send the next.
    /** Set by done(): the words left are shared out in small batches. */
    let finishing = false;
    const feed = (thread: VoikkoThread) => {
      while (thread.busy < (finishing ? 2 : IN_FLIGHT) && queue.length > 0) {
        const words = queue.shift()!;
        const job: Promise<void> = thread.run(words).then((result) => {
          running.delete(job);
          store(words, result);
          if (result) feed(thread);
        });
        running.add(job);
      }
    };
    const wake = () => {
      for (const thread of threads) feed(thread);
      while (queue.length > 0 && threads.length < threadCount && !options.load) {
        const thread = startThread();
        if (!thread) break;
        threads.push(thread);
        feed(thread);
      }
    };
    return {
      add(words) {
        for (const word of words) {
          if (cache.has(word) || queued.has(word)) continue;
          queued.add(word);
          batch.push(word);
          if (batch.length === STREAM_BATCH) {
            queue.push(batch);
            batch = [];
            wake();
          }
        }
      },
      async done() {
        if (batch.length > 0) queue.push(batch);
        batch = [];
        // This thread takes words too, while the threads finish theirs:
        // what is left is cut into small batches that each side takes as
        // it is free, so that neither waits long for the other at the end.
        // This thread looks at the threads' answers between its batches.
        finishing = true;
        const left = queue.splice(0).flat();
        for (let i = 0; i < left.length; i += SLICE) queue.push(left.slice(i, i + SLICE));
        for (let words = queue.shift(); words; words = queue.shift()) {
          for (const word of words) analyse(word);
          await new Promise((resolve) => setImmediate(resolve));
        }
        while (running.size > 0) await Promise.all(running);
        // Each thread is stopped once: a second stop would close its Voikko
        // handle twice, which crashes the process.
        for (const thread of threads.splice(0)) thread.stop();
      },
    };
  };

  const analyseMany = async (words: readonly string[]) => {
    const session = stream();
    session.add(words);
    await session.done();
    return words.map((word) => analyse(word));
  };

  const classes = (word: string): string[] => [
    ...new Set(
      attributes(word, ['CLASS'])
        .map(([wordClass]) => wordClass!)
        .filter(Boolean),
    ),
  ];

  return {
    analyse,
    classes,
    analyseMany,
    stream,
    close() {
      voikko.terminate(handle);
      cache.clear();
    },
  };
}
