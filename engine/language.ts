// Which syntax a document is written in, from its VS Code language id or its path. One place, so the
// literal finder, the reference writer and the comment writer always agree.

export type Flavor =
  | 'javascript'
  | 'typescript'
  | 'python'
  | 'go'
  | 'java'
  | 'kotlin'
  | 'csharp'
  | 'ruby'
  | 'php'
  | 'rust'
  | 'shell'
  | 'yaml'
  | 'github-actions'
  | 'properties'
  | 'dotenv'
  | 'dockerfile'
  | 'terraform'
  | 'json'
  | 'jsonc'
  | 'toml'
  | 'markup'
  | 'plaintext';

const BY_LANGUAGE_ID: Record<string, Flavor> = {
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'typescript',
  typescriptreact: 'typescript',
  vue: 'javascript',
  svelte: 'javascript',
  python: 'python',
  go: 'go',
  java: 'java',
  kotlin: 'kotlin',
  csharp: 'csharp',
  ruby: 'ruby',
  php: 'php',
  rust: 'rust',
  shellscript: 'shell',
  bash: 'shell',
  sh: 'shell',
  zsh: 'shell',
  yaml: 'yaml',
  dockercompose: 'yaml',
  'github-actions-workflow': 'github-actions',
  properties: 'properties',
  'java-properties': 'properties',
  'spring-boot-properties': 'properties',
  ini: 'properties',
  dotenv: 'dotenv',
  dockerfile: 'dockerfile',
  terraform: 'terraform',
  hcl: 'terraform',
  json: 'json',
  jsonc: 'jsonc',
  jsonl: 'json',
  toml: 'toml',
  html: 'markup',
  xml: 'markup',
  markdown: 'markup',
  plaintext: 'plaintext',
};

const BY_EXTENSION: Record<string, Flavor> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  vue: 'javascript',
  svelte: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
  py: 'python',
  pyw: 'python',
  go: 'go',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  cs: 'csharp',
  rb: 'ruby',
  php: 'php',
  rs: 'rust',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  ksh: 'shell',
  yml: 'yaml',
  yaml: 'yaml',
  properties: 'properties',
  ini: 'properties',
  cfg: 'properties',
  env: 'dotenv',
  tf: 'terraform',
  tfvars: 'terraform',
  hcl: 'terraform',
  json: 'json',
  jsonc: 'jsonc',
  json5: 'jsonc',
  toml: 'toml',
  html: 'markup',
  htm: 'markup',
  xml: 'markup',
  md: 'markup',
  markdown: 'markup',
  txt: 'plaintext',
};

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The flavor of a document; the path wins for formats VS Code has no id for (workflows, .env, Dockerfile). */
export function flavorOf(languageId: string | undefined, path: string | undefined): Flavor {
  const p = (path ?? '').replace(/\\/g, '/');
  const name = baseName(p);
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(p)) return 'github-actions';
  // R's `.Renviron` / `Renviron.site` are NAME=value files read at startup, the same syntax as `.env`.
  if (/^\.env(\..*)?$/i.test(name) || /\.env$/i.test(name) || /^\.?Renviron(?:\.site)?$/i.test(name)) return 'dotenv';
  if (/^(Docker|Container)file(\..*)?$/i.test(name) || /\.dockerfile$/i.test(name)) return 'dockerfile';
  const byId = languageId ? BY_LANGUAGE_ID[languageId] : undefined;
  if (byId) return byId;
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return BY_EXTENSION[ext] ?? 'plaintext';
}

/** Languages whose references are expressions in a programming language (as opposed to config formats). */
export function isCodeFlavor(f: Flavor): boolean {
  return ['javascript', 'typescript', 'python', 'go', 'java', 'kotlin', 'csharp', 'ruby', 'php', 'rust'].includes(f);
}
