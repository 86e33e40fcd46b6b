// The package's version (package.json), written into every bundle by the build (esbuild.mjs `define`).
declare const HUSH_VERSION: string;

export const VERSION: string = HUSH_VERSION;
