// web-test-runner.config.mjs serves locales/*.xlf as a module whose default export is the file's text.
declare module '*.xlf' {
  const text: string;
  export default text;
}
