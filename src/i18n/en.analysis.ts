/** English texts of the composition findings (filled by the analysis work). */
export const enAnalysis = {} as const;
