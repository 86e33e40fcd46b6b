#!/usr/bin/env bash
# `npm run test:e2e`: set-up (cached), package the .vsix, build the suites, type-check them against the
# cached playwright-core, then run test/e2e with mocha (journey in code-server + extension-host suites
# in the VS Code server). Screenshots and server logs go to test-output/e2e/.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/e2e/setup.sh
rm -rf test-output/e2e
rm -f hush.vsix
if [ -f client/extension.ts ]; then
  npm run --silent package
else
  echo "test:e2e: no client/extension.ts on this branch: nothing to package, the journey will be pending"
fi
node esbuild.mjs # development bundles for the extension loaded from this folder, and out/test
npx tsc -p test/e2e --noEmit
NODE_PATH="$PWD/.e2e-cache/tools/node_modules" npx mocha --config test/e2e/.mocharc.json "$@"
