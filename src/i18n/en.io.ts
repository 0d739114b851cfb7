/** English texts of file import/export messages (filled by the io work). */
export const enIo = {} as const;
