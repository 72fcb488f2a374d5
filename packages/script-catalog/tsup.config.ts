import { definePackageBuild } from '../../tsup.base.ts';

// One entry per subpath export, so an app that loads one locale does not load the other.
export default definePackageBuild({
  entry: {
    index: 'src/index.ts',
    default: 'src/default.ts',
    'locales/en': 'src/locales/en.ts',
    'locales/zh-CN': 'src/locales/zh-CN.ts',
  },
});
