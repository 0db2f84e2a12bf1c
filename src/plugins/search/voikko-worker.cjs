/**
 * A worker thread of the index builder (morphology.ts, analyseMany):
 * analyses its share of the words with Voikko and posts back each word's
 * readings as [BASEFORM, WORDBASES, CLASS]. Plain CommonJS, so that it runs
 * in a worker thread without the TypeScript loader; the same C functions
 * as morphology.ts, with returned pointers declared void* and freed.
 */

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: a worker thread runs this file without the TypeScript loader */
const {parentPort, workerData} = require('node:worker_threads');

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
  const results = workerData.map((word) => {
    const list = analyze(handle, word);
    const readings = [];
    if (!list) return readings;
    for (let i = 0; ; i += 1) {
      const analysis = koffi.decode(list, i * size, 'void*');
      if (!analysis) break;
      readings.push([
        read(analysis, 'BASEFORM'),
        read(analysis, 'WORDBASES'),
        read(analysis, 'CLASS'),
      ]);
    }
    freeAnalyses(list);
    return readings;
  });
  terminate(handle);
  parentPort.postMessage(results);
} catch {
  parentPort.postMessage(null);
}
