// A system's superuser named as the label of its password in a note (`- MySQL root: X`, `Proxmox root: X`,
// `Jenkins admin: X`): the account stands for its password, as `root / X` does without the user. The line is a
// short item (a bullet, a system's name of a few words, the account word), and the value must look chosen as a
// password, so that settings (`root: /var/www`, `admin: true`) and user names (`admin: jdoe`) stay quiet.
import type { ExampleGen, MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, lineAround, OPEN, proseApplies, prosePassword, strictlyRandom, strongLooking, VALUE } from './prose';
import { chatPath } from './proseFollowup';

/** What may stand before the account word: a bullet or a chat head, then one to four words naming the system. */
const SYSTEM_BEFORE = /^[ \t]{0,8}(?:[-*•+][ \t]{1,3}|[0-9]{1,2}[.)][ \t]{1,3})?(?:.{0,60}?(?:[>\]:][ \t]{1,3}))?(?:\*\*)?[A-Za-z][\w.+-]{1,30}(?:[ \t]{1,2}[\w.+()-]{1,30}){0,3}[ \t]{1,2}$/;

function validate(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, false) || !proseApplies(ctx) || !prosePassword(value, ctx)) return false;
  // A version (`nginx root: v1.25.3`) is no password.
  if ((!strongLooking(value) && !strictlyRandom(value)) || /^v?[0-9]+(?:\.[0-9]+){1,3}/i.test(value)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const key = /(?:root|admin|administrator|superuser)[ \t]{0,2}[:：][ \t]{1,3}(?:(?:\*\*|__)[ \t]{0,2})?(?:``|[`"'“(])?$/i.exec(line.slice(0, ctx.start - lineStart));
  if (!key || !SYSTEM_BEFORE.test(line.slice(0, key.index))) return false;
  // `MySQL root: app / X`: the value is the user of a pair (prose-credential-pair reads it).
  return !/^[`"'”*]{0,2}[ \t]{1,3}\/[ \t]/.test(ctx.text.slice(ctx.end, ctx.end + 6));
}

const system = (g: ExampleGen) => g.pick(['MySQL', 'Proxmox', 'Grafana', 'ESXi host 2', 'Synology NAS']);

export const proseRootLabelRules: Rule[] = [
  {
    ...base,
    id: 'prose-superuser-label-password',
    appliesToPath: (path) => chatPath(path, false),
    description: "Password after a system's superuser as its label in notes (`MySQL root: X`, `Proxmox root: X`)",
    keywords: ['root:', 'root :', 'admin:', 'admin :', 'administrator:', 'superuser:'],
    keywordWindow: { before: 8, after: 160 },
    pattern: new RegExp(`(?<![\\w-])(?:root|admin|administrator|superuser)[ \\t]{0,2}[:：][ \\t]{1,3}${OPEN}(?<secret>${VALUE})`, 'i'),
    validate,
    examples: {
      positives: (g) => [`- ${system(g)} root: \`${g.s(humanPassword(g))}\`\n`, `2024-06-28 09:00 <@ivo:matrix.org> ${system(g)} root: ${g.s(g.alnum(16))}\n`],
      negatives: (g) => [
        'document root: /var/www/html\n',
        '- Grafana admin: jdoe\n',
        `- MySQL root: app / ${humanPassword(g)}\n`,
        'The new admin: please welcome Dana2024 to the team\n',
        'nginx root: v1.2.3-beta\n',
      ],
    },
  },
];
