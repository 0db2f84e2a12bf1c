// lunr-languages ships no types: each module is a function that adds a
// language to the lunr instance given to it.
declare module 'lunr-languages/lunr.stemmer.support' {
  const register: (lunr: unknown) => void;
  export default register;
}
declare module 'lunr-languages/lunr.fi' {
  const register: (lunr: unknown) => void;
  export default register;
}
