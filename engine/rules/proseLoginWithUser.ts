// A login told in a sentence, the user and then the password joined by `and` or `with` (rw-dev, rw-dev5, rw-dev7,
// rw-dev9): `I logged in with admin and X`, `SSH into the cloud key with ubnt and X works`, `the admin login is still
// administrator with X`. The login verb or noun before the user makes the second value the user's password.
import type { MatchContext, Rule } from '../types';
import { isPlaceholder } from '../validators/placeholder';
import { humanPassword } from './humanPasswords';
import { base, lineAround, looksLikeCode, OPEN, proseApplies, prosePassword, strongLooking, VALUE } from './prose';
import { chatPath, passwordShaped } from './proseFollowup';

/** Logging in with a user (`logged in with`, `sign in as`, `ssh into the box with`), or a login named (`the login is still`). */
const LOGIN_WITH =
  '(?:(?:log(?:ged|ging)?|sign(?:ed|ing)?)[ \\t-]?in(?:to)?(?:[ \\t]{1,2}[^\\n.;:!?]{1,40}?)?[ \\t]{1,2}(?:with|as|using)|ssh(?:ed)?[ \\t]{1,2}(?:in)?to[ \\t]{1,2}[^\\n.;:!?]{1,40}?[ \\t]{1,2}(?:with|as)|log-?in[ \\t]{1,2}(?:is|was)(?:[ \\t]{1,2}still)?)';
/** A user name as people type it: small letters, digits and `._-`, or an e-mail address. */
const USER = '[a-z0-9][a-z0-9._+-]{1,40}(?:@[a-z0-9.-]{2,60}\\.[a-z]{2,})?';

/** Words after `with` that are a way of logging in or a stand-in, not a user. */
const NOT_A_USER =
  /^(?:sso|saml|oidc|oauth2?|ldap|mfa|2fa|totp|passkeys?|google|github|gitlab|microsoft|apple|okta|email|e-mail|mail|phone|sms|username|user|password|your|my|the|a|an|it|them|that|this|his|her|their|credentials|creds|keys?|certs?|certificates?)$/;

function validateLoginWithUser(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (isPlaceholder(value) || !prosePassword(value, ctx)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const user = /([^\s`*'"]{2,100})[`*'"]{0,2}[ \t]{1,2}(?:and|with)[ \t]{1,2}\S{0,2}$/i.exec(line.slice(0, ctx.start - lineStart))?.[1];
  // Typed in small letters (`admin`, `ubnt`, `ops@acme.example`): a capitalised word is a product (`Google and …`).
  if (user === undefined || !/^[a-z0-9][a-z0-9._+@-]+$/.test(user) || NOT_A_USER.test(user)) return false;
  // Chosen or generated: letters with digits and a capital or symbol, or a shape the follow-up rules read as a password.
  return strongLooking(value) || (passwordShaped(value) && value.length >= 8);
}

export const proseLoginWithUserRules: Rule[] = [
  {
    ...base,
    id: 'prose-login-with-user-and-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password after its user in a sentence about logging in (I logged in with admin and X, ssh into the box with ubnt and X)',
    keywords: ['log in', 'logged in', 'logging in', 'login', 'log-in', 'sign in', 'signed in', 'signing in', 'ssh into', 'ssh to', 'sshed into'],
    keywordWindow: { before: 8, after: 160 },
    pattern: new RegExp(`(?<![\\p{L}])(?<key>${LOGIN_WITH})[ \\t]{1,2}[\`*'"]{0,2}${USER}[\`*'"]{0,2}[ \\t]{1,2}(?:and|with)[ \\t]{1,2}${OPEN}(?<secret>${VALUE})`, 'iu'),
    validate: validateLoginWithUser,
    examples: {
      positives: (g) => [
        `My mount line works from the shell, I logged in with admin and ${g.s(humanPassword(g))}. Any idea?`,
        `Bad example we found in the wild (rotated): "login with admin and ${g.s(humanPassword(g))}".`,
        `Password was rejected. SSH into the cloud key with ubnt and ${g.s(humanPassword(g))} works though.`,
        `[09:40] Jonas Weber: and for the old exchange box the admin login is still administrator with ${g.s(humanPassword(g))}`,
      ],
      negatives: (g) => [
        'Log in with SSO and MFA enabled.',
        'Sign in with Google and GitHub2FA accounts alike.',
        'log in with your email and password',
        'Log in with username and password, then open Settings.',
        `log in as admin and then click Settings`,
        `Log in with admin and the password from the vault.`,
        `sign in as demo and ${'<'}password>`,
        `ssh into the box with ubuntu and run apt-get update`,
        `Logged in with admin and v${g.digits(1)}.${g.digits(1)}.${g.digits(1)} of the client.`,
      ],
    },
  },
];
