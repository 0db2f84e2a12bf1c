/**
 * What browser code may use besides the DOM: the bundler replaces
 * `process.env.NODE_ENV` at build time, so that one expression is allowed;
 * nothing else of Node is.
 */
declare const process: {env: {NODE_ENV?: 'development' | 'production' | 'test'}};
