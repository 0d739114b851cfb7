import '@testing-library/jest-dom/vitest';
// The app adds the analysis texts to the English table when the panels load; tests render panels directly.
import { loadAnalysisTexts } from '../src/i18n/analysisTexts';
await loadAnalysisTexts();
