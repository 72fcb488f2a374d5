import { fileURLToPath } from 'node:url';
import { describeDocExamples } from '../../../testing/src/docExamples/describeDocExamples.ts';

describeDocExamples({
  packageDir: fileURLToPath(new URL('../..', import.meta.url)),
  packagesDir: fileURLToPath(new URL('../../..', import.meta.url)),
});
