// The public surface as API reports (api-extractor): one `etc/<entry>.api.md` per package entry,
// made from the built `.d.ts` files. `npm test` runs this after the build and fails when an entry's
// surface differs from its checked-in report, so every change to what the packages export is a
// visible diff in review. After a deliberate change: `npm run api:update`, and commit etc/.
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const update = process.argv.includes('--update');

// entry name → [package folder, built declaration file]
const entries = {
  sdk: ['packages/sdk', 'dist/index.d.ts'],
  'sdk-markdown': ['packages/sdk', 'dist/markdown.d.ts'],
  'sdk-html': ['packages/sdk', 'dist/html.d.ts'],
  'sdk-server': ['packages/sdk', 'dist/server.d.ts'],
  'sdk-server-postgres': ['packages/sdk', 'dist/server/postgres.d.ts'],
  'sdk-text': ['packages/sdk', 'dist/text.d.ts'],
  react: ['packages/react', 'dist/index.d.ts'],
};

let failed = 0;
for (const [name, [folder, types]] of Object.entries(entries)) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: `${root}/${folder}`,
      mainEntryPointFilePath: `<projectFolder>/${types}`,
      bundledPackages: [],
      compiler: {
        overrideTsconfig: {
          compilerOptions: { lib: ['es2023', 'dom'], skipLibCheck: true },
          include: [`${types}`],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: `${name}.api.md`,
        reportFolder: `${root}/etc/`,
        reportTempFolder: `${root}/node_modules/.cache/api-extractor/`,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: 'lf',
      messages: {
        // The report lists what is exported; TSDoc style and release tags are not what it checks.
        extractorMessageReporting: {
          default: { logLevel: ExtractorLogLevel.None },
          'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
        },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
      },
    },
    configObjectFullPath: `${root}/${folder}/api-extractor.json`,
    packageJsonFullPath: `${root}/${folder}/package.json`,
  });
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false });
  if (result.succeeded && !result.apiReportChanged) {
    console.log(`✓ api ${name}: matches etc/${name}.api.md`);
  } else if (update) {
    console.log(`✓ api ${name}: etc/${name}.api.md updated`);
  } else {
    failed++;
    console.error(
      `✗ api ${name}: the public surface differs from etc/${name}.api.md (diff it against ` +
        `node_modules/.cache/api-extractor/${name}.api.md); if the change is deliberate, run ` +
        '`npm run api:update` and commit etc/',
    );
  }
}
if (failed) process.exit(1);
