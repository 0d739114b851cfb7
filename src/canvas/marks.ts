/** Short letter marks per perspective: shape and text, so perspective never rests on colour. */
export const PERSPECTIVE_MARKS: Record<string, string> = {
  provider: 'P',
  user: 'U',
  resident: 'R',
  government: 'G',
  market: 'M',
  funder: 'F',
};
