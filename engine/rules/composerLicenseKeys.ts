// A licence key given as the user name of Composer's `http-basic` auth (rw-dev12): premium WordPress plugin
// repositories (ACF PRO's connect.advancedcustomfields.com, Delicious Brains' composer.deliciousbrains.com) take the
// licence key as the user and the site's URL or a second key as the password. The generic rules read `username` as a
// user; under a host of `http-basic` a generated run of 24 characters or more is no person's login but the key.
// Magento's Marketplace (repo.magento.com) and its vendors' repositories take a key pair instead: the user is the
// public key, 32 hex digits, and the private key is the password (the generic rules read it).
import { keyPathAt } from '../detect/keyedSyntax';
import type { Rule } from '../types';
import { isLiteralToken } from '../validators/literalArgument';

/** A host as Composer keys it (`repo.example.com`, `gitlab.example.org:8443`). */
const HOST = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?::\d{1,5})?$/;

export const composerLicenseKeyRules: Rule[] = [
  {
    id: 'composer-http-basic-license-key',
    provider: 'Composer',
    family: 'credential-file',
    priority: 'context',
    severity: 'warning',
    description: "Licence key given as the user name of a host in Composer's http-basic auth (auth.json; ACF PRO, Delicious Brains)",
    appliesToPath: (path) => path === undefined || /(?:^|[\\/])(?:auth|composer)\.json$/i.test(path),
    keywords: ['"username"'],
    keywordWindow: { before: 4, after: 240 },
    pattern: /"(?<key>username)"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[A-Za-z0-9_.+/=-]{24,200})"/,
    validate: (value, ctx) => {
      if (ctx.path !== undefined && !/(?:^|[\\/])(?:auth|composer)\.json$/i.test(ctx.path)) return false;
      const path = keyPathAt(ctx.text, ctx.text.lastIndexOf('"username"', ctx.start) + 1, undefined, 2);
      return path[1] === 'http-basic' && HOST.test(path[0] ?? '') && !/^[0-9a-f]+$/i.test(value) && isLiteralToken(value, 24);
    },
    envName: 'COMPOSER_AUTH',
    docsUrl: 'https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic',
    revocationUrl: null,
    revocationNote: "Regenerate the licence key in the vendor's account (or deactivate it for this site), and keep auth.json out of the repository.",
    examples: {
      positives: (g) => [
        `{\n    "http-basic": {\n        "connect.advancedcustomfields.com": {\n            "username": "${g.s(g.base64(60).replace(/[+/]/g, 'x'))}",\n            "password": "https://www.example.com"\n        }\n    }\n}\n`,
        `{\n  "http-basic": {\n    "composer.deliciousbrains.com": {\n      "username": "${g.s(g.alnum(48))}",\n      "password": "${g.alnum(32)}"\n    }\n  }\n}\n`,
      ],
      negatives: (g) => [
        `{\n  "http-basic": {\n    "repo.example.com": {\n      "username": "deploy-bot",\n      "password": "${g.alnum(24)}"\n    }\n  }\n}\n`,
        `{\n  "http-basic": {\n    "repo.example.com": {\n      "username": "jenkins-ci-deployment-user-account",\n      "password": "x"\n    }\n  }\n}\n`,
        // Magento Marketplace's public key, beside its private key.
        `{\n  "http-basic": {\n    "repo.magento.com": {\n      "username": "${g.hex(32)}",\n      "password": "${g.hex(32)}"\n    }\n  }\n}\n`,
        `{\n  "users": {\n    "repo.example.com": {\n      "username": "${g.alnum(48)}"\n    }\n  }\n}\n`,
        `{\n  "http-basic": {\n    "repo.example.com": {\n      "username": "YOUR_LICENSE_KEY_GOES_HERE_1234",\n      "password": "https://example.com"\n    }\n  }\n}\n`,
      ],
    },
  },
];
