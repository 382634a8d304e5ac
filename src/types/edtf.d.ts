/** The part of the `edtf` package this project uses (it ships no types). */
declare module 'edtf' {
  /** Parses an EDTF string into its syntax tree; throws on invalid input. */
  export function parse(input: string, options?: { level?: 0 | 1 | 2; types?: string[] }): unknown;
  const edtf: (input: string) => unknown;
  export default edtf;
}
