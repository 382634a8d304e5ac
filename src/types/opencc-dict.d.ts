/** opencc-js's dictionary files ("a b|c d": source, space, replacement, bar), which ship no types. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
