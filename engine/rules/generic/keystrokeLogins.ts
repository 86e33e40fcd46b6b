// A login typed by a keystroke script: the user name sent with a Tab, then the password sent with Enter
// (`WshShell.SendKeys "RPTUSER{TAB}"` / `WshShell.SendKeys "pw{ENTER}"` in VBScript, AutoHotkey's `Send, USER{Tab}` /
// `Send, pw{Enter}`), how legacy green-screen and SAP GUI logins are automated (rw-dev13).
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** The user-name field typed just before: a send that ends in a Tab, within the lines above. */
const USER_THEN_TAB = /\bSend(?:Keys|Input|Raw|Text)?\b[^\n]{0,80}\{tab\}/i;

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  if (!USER_THEN_TAB.test(ctx.text.slice(Math.max(0, ctx.start - 240), ctx.start))) return false;
  return passwordVerdict(value, 'password', { strict: kind === 'test', compoundWords: kind !== 'test' }) === undefined;
}

export const keystrokeLoginRule: Rule = {
  id: 'keystroke-login-password',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Password typed by a keystroke script after the user name and Tab (VBScript SendKeys, AutoHotkey Send)',
  keywords: ['{enter}'],
  keywordWindow: { before: 100, after: 8 },
  pattern: /\bSend(?:Keys|Input|Raw|Text)?\b[ \t]{0,4}[,(]?[ \t]{0,4}"?(?<secret>[^"{}\s]{4,64})\{[Ee][Nn][Tt][Ee][Rr]\}/,
  validate,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: "Change the account's password, then have the script read it from the Credential Manager or prompt for it.",
  examples: {
    positives: (g) => [
      `WshShell.SendKeys "RPTUSER{TAB}"\nWScript.Sleep 300\nWshShell.SendKeys "${g.s(`${g.lower(7)}${g.digits(3)}`)}{ENTER}"`,
      `^!s::\n  Send, MUELLERK{Tab}\n  Send, ${g.s(`${g.pick(['Hafen', 'Birke', 'Falke'])}${g.digits(4)}?`)}{Enter}\nreturn`,
    ],
    negatives: (g) => [`WshShell.SendKeys "RPTUSER{TAB}"\nWshShell.SendKeys "%PASSWORD%{ENTER}"`, `WshShell.SendKeys "${g.lower(8)}{ENTER}"`, `Send, MUELLERK{Tab}\nSend, {Enter}`],
  },
};
