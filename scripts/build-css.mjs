// Bundles packages/react/src/styles.css (and its @imports) into one minified dist/styles.css.
import { build } from 'esbuild';

await build({
  entryPoints: ['packages/react/src/styles.css'],
  outfile: 'packages/react/dist/styles.css',
  bundle: true,
  minify: true,
  target: ['chrome111', 'firefox113', 'safari16.4'],
  logLevel: 'warning',
});
