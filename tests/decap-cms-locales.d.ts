// decap-cms-locales ships no types; the tests read its English catalogue to
// check that the Finnish one has every key.
declare module 'decap-cms-locales/dist/esm/en' {
  const en: Record<string, unknown>;
  export default en;
}
