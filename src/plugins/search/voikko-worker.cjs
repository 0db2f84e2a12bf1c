/**
 * A worker thread of the index builder (morphology.ts, stream): for each
 * batch of words it is sent, analyses them with Voikko and posts back each
 * word's readings as [BASEFORM, WORDBASES]; null when Voikko cannot
 * run here. Plain CommonJS, so that it runs
 * in a worker thread without the TypeScript loader; the same C functions
 * as morphology.ts, with returned pointers declared void* and freed.
 */

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: a worker thread runs this file without the TypeScript loader */
const {parentPort} = require('node:worker_threads');

const koffi = require('koffi');

try {
  const lib = koffi.load('libvoikko.so.1');
  const init = lib.func(
    'void* voikkoInit(_Out_ const char** error, const char* langcode, const char* path)',
  );
  const terminate = lib.func('void voikkoTerminate(void* handle)');
  const analyze = lib.func('void* voikkoAnalyzeWordCstr(void* handle, const char* word)');
  const value = lib.func('void* voikko_mor_analysis_value_cstr(void* analysis, const char* key)');
  const freeValue = lib.func('void voikko_free_mor_analysis_value_cstr(void* value)');
  const freeAnalyses = lib.func('void voikko_free_mor_analysis(void* analysis)');
  const handle = init([null], 'fi', null);
  if (!handle) throw new Error('voikkoInit failed');
  const read = (analysis, key) => {
    const pointer = value(analysis, key);
    if (!pointer) return '';
    const text = koffi.decode(pointer, 'char', -1);
    freeValue(pointer);
    return text;
  };
  const size = koffi.sizeof('void*');
  const readings = (word) => {
    const list = analyze(handle, word);
    const found = [];
    if (!list) return found;
    for (let i = 0; ; i += 1) {
      const analysis = koffi.decode(list, i * size, 'void*');
      if (!analysis) break;
      found.push([read(analysis, 'BASEFORM'), read(analysis, 'WORDBASES')]);
    }
    freeAnalyses(list);
    return found;
  };
  // A batch of words, or null when the builder is done: then Voikko is
  // closed and the thread ends.
  parentPort.on('message', (words) => {
    if (words === null) {
      terminate(handle);
      parentPort.close();
    } else parentPort.postMessage(words.map(readings));
  });
} catch {
  parentPort.postMessage(null);
}
