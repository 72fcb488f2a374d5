import { fileURLToPath } from 'node:url';
import { describeGuideExamples } from '../describeDocExamples.ts';

// Every TypeScript sample in docs/guides runs here, and its commented output is checked.
describeGuideExamples({
  guidesDir: fileURLToPath(new URL('../../../../../docs/guides', import.meta.url)),
  workDir: fileURLToPath(new URL('../../../.doc-examples', import.meta.url)),
  packagesDir: fileURLToPath(new URL('../../../..', import.meta.url)),
});
