// Streamlit's documented login table: a `[passwords]` section of `.streamlit/secrets.toml` holding `username =
// "password"` entries (`st.secrets["passwords"]`). The names are users, so no secret word marks the values; the
// section's name does.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import { humanPassword } from '../humanPasswords';
import type { MatchContext, Rule } from '../../types';

/** The section a line at `at` belongs to: the nearest `[header]` above it, or undefined (at most 40 lines up). */
function sectionAbove(text: string, at: number): string | undefined {
  let end = at;
  for (let lines = 0; lines < 40 && end > 0; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const header = /^[ \t]*\[([^\]\n]{1,60})\][ \t]*(?:#.*)?$/.exec(text.slice(start, end));
    if (header) return header[1]!.trim();
    end = start - 1;
  }
  return undefined;
}

function validatePasswordTableEntry(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  if (!/^(?:[\w"'.-]+\.)?passwords$/i.test(sectionAbove(ctx.text, lineStart > 0 ? lineStart - 1 : 0) ?? '')) return false;
  return passwordVerdict(value, 'password', { quote: '"' }) === undefined;
}

export const passwordTableRule: Rule = {
  id: 'toml-password-table-entry',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "An entry of a TOML `[passwords]` table (Streamlit's secrets.toml): a user's name given its password",
  keywords: ['[passwords]', 'passwords]'],
  // No window: the pattern reads any `name = "v"` line and the validator finds the section, so the rule runs over the
  // whole file, only where a `[passwords]` header occurs.
  pattern: /(?<=\n)[ \t]{0,8}(?<key>[A-Za-z_][\w.-]{0,40}|"[^"\n]{1,40}")[ \t]{0,8}=[ \t]{0,8}["'](?<secret>[^"'\n\\]{4,100})["'][ \t]*(?=\r?\n|#|$)/,
  validate: validatePasswordTableEntry,
  envName: 'APP_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://docs.streamlit.io/develop/concepts/connections/secrets-management',
  revocationUrl: null,
  revocationNote: "Change the user's password; keep secrets.toml out of the repository (.gitignore) and set the secrets in the app's settings.",
  examples: {
    positives: (g) => [
      `[passwords]\n# Follow the rule: username = "password"\nalice_foo = "${g.s(humanPassword(g))}"\nbob = "${g.s(humanPassword(g))}"\n`,
      `[connections.db]\nhost = "localhost"\n\n[passwords]\nta_grader = "${g.s(humanPassword(g))}"\n`,
    ],
    negatives: (g) => [`[passwords]\nalice = "changeme"\n`, `[passwords]\nalice = "********"\n`, `[passwords]\n\n[server]\nname = "${humanPassword(g)}"\n`, `[passwords]\nalice = "\${ALICE_PASSWORD}"\n`],
  },
};
