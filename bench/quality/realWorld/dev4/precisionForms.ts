// rw-dev4 precision, part 1b: form schemas and validation messages, login forms, password-policy pages and
// translator docs: words about passwords, not passwords; one real value among them.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { tpw } from './precisionValues';

export const FORM_DOCS: RealWorldDoc[] = [
  doc(
    'json-schema-signup-form',
    ['precision', 'config-syntax'],
    'schemas/signup.schema.json',
    (k) => `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.acme.dev/signup.json",
  "title": "Signup",
  "type": "object",
  "required": ["email", "password", "passwordConfirm"],
  "properties": {
    "email": { "type": "string", "format": "email" },
    "password": {
      "type": "string",
      "format": ${k.n('"password"')},
      "minLength": 12,
      "maxLength": 128,
      "pattern": ${k.n('"^(?=.*[a-z])(?=.*[A-Z])(?=.*\\\\d).+$"')},
      "description": ${k.n('"At least 12 characters, with upper and lower case letters and a digit."')},
      "examples": [${k.n('"********"')}]
    },
    "passwordConfirm": { "type": "string", "const": { "$data": ${k.n('"1/password"')} } },
    "apiToken": {
      "type": "string",
      "readOnly": true,
      "description": ${k.n('"Issued by the server after signup; never sent by the client."')},
      "writeOnly": false
    },
    "secretQuestion": { "type": "string", "enum": [${k.n('"first_pet"')}, ${k.n('"birth_city"')}, ${k.n('"first_school"')}] }
  },
  "additionalProperties": false
}
`,
  ),
  doc(
    'zod-yup-validation',
    ['precision', 'code'],
    'src/forms/validation.ts',
    (k) => `import { z } from 'zod';
import * as yup from 'yup';

const PASSWORD_MIN = 12;
export const PASSWORD_FIELD = ${k.n("'password'")};
export const TOKEN_FIELD = ${k.n("'accessToken'")};

export const signupSchema = z
  .object({
    email: z.string().email({ message: 'Enter a valid email address' }),
    password: z
      .string()
      .min(PASSWORD_MIN, { message: ${k.n('`Password must be at least ${PASSWORD_MIN} characters`')} })
      .regex(/[A-Z]/, { message: ${k.n("'Password needs an uppercase letter'")} })
      .regex(/\\d/, { message: ${k.n("'Password needs a digit'")} }),
    confirmPassword: z.string(),
  })
  .refine((d) => d.password === d.confirmPassword, { message: ${k.n("'Passwords must match'")}, path: ['confirmPassword'] });

export const apiKeyForm = yup.object({
  name: yup.string().required('Give the key a name'),
  secret: yup.string().required(${k.n("'Secret is required'")}).min(32, ${k.n("'Secret must be at least 32 characters'")}),
  passphrase: yup.string().oneOf([yup.ref('secret')], ${k.n("'Passphrase does not match'")}),
});

export const defaults = { email: '', password: ${k.n("''")}, confirmPassword: ${k.n("''")} };
`,
  ),
  doc(
    'react-login-form',
    ['precision', 'code'],
    'src/components/LoginForm.tsx',
    (k) => `import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function LoginForm({ onSubmit }: { onSubmit: (u: string, p: string) => void }) {
  const { t } = useTranslation('auth');
  const [password, setPassword] = useState(${k.n("''")});
  const [showPassword, setShowPassword] = useState(false);
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(user, password); }}>
      <label htmlFor="password">{t(${k.n("'login.password'")})}</label>
      <input
        id="password"
        name="password"
        type={showPassword ? 'text' : 'password'}
        autoComplete=${k.n('"current-password"')}
        placeholder=${k.n('"••••••••"')}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        aria-describedby="password-help"
      />
      <small id="password-help">{t(${k.n("'reset.tooShort'")}, { count: 12 })}</small>
      <button type="button" onClick={() => setShowPassword((s) => !s)} aria-label={t('login.showPassword')} />
      <input type="hidden" name="csrfmiddlewaretoken" value={csrfToken} />
    </form>
  );
}
`,
  ),
  doc(
    'password-policy-page',
    ['precision', 'prose'],
    'docs/security/password-policy.md',
    (k) => `# Password policy

Applies to every human account in the Acme tenant (employees, contractors, break-glass accounts).

## Length and composition

- Minimum **14 characters**; passphrases are encouraged.
- No composition rules beyond length (NIST SP 800-63B): we do not force symbols.
- Passwords are checked against the HIBP k-anonymity API on change. Values such as ${k.n('`password`')}, ${k.n('`Password1`')},
  ${k.n('`P@ssw0rd`')} and ${k.n('`qwerty123`')} are rejected.
- Never reuse a password from another service.

## Storage

Passwords are stored as ${k.n('`argon2id`')} hashes (m=64 MiB, t=3, p=4). A stored value looks like
${k.n(`\`$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>\``)}; nothing else about the password is kept.

## Rotation

We do not rotate on a schedule. Rotate when:

1. the password may have been seen by someone else;
2. HIBP reports it in a new breach;
3. you leave a team that shared a break-glass password (the owner rotates it).

## Where shared passwords live

In 1Password, vault **Infra**, never in tickets, chat or repositories. Reference them as
${k.n('`op://Infra/<item>/password`')} in scripts. If you paste a password by mistake, rotate it and tell #security.
`,
  ),
  doc(
    'django-forms-help-text',
    ['precision', 'code'],
    'accounts/forms.py',
    (k) => `from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _


class ChangePasswordForm(forms.Form):
    old_password = forms.CharField(
        label=${k.n('_("Old password")')},
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": ${k.n('"current-password"')}, "autofocus": True}),
    )
    new_password1 = forms.CharField(
        label=${k.n('_("New password")')},
        widget=forms.PasswordInput(attrs={"autocomplete": ${k.n('"new-password"')}}),
        strip=False,
        help_text=password_validation.password_validators_help_text_html(),
    )
    new_password2 = forms.CharField(label=${k.n('_("New password confirmation")')}, strip=False, widget=forms.PasswordInput)

    error_messages = {
        "password_incorrect": ${k.n('_("Your old password was entered incorrectly. Please enter it again.")')},
        "password_mismatch": ${k.n('_("The two password fields didn’t match.")')},
    }


class ApiTokenForm(forms.Form):
    name = forms.CharField(max_length=64)
    token = forms.CharField(disabled=True, required=False, help_text=${k.n('_("Generated on save; copy it before leaving the page.")')})
`,
  ),
  doc(
    'crowdin-sync-script',
    ['precision', 'command-line'],
    'scripts/sync-translations.sh',
    (k) => `#!/usr/bin/env bash
# Pulls reviewed translations from Crowdin into web/public/locales.
set -euo pipefail

# TODO(lena): move this to the CI secret store, it was only meant for the first import
export CROWDIN_PERSONAL_TOKEN=${k.tok(k.g.hex(80))}
PROJECT_ID=${k.n('548213')}

crowdin download --config crowdin.yml --project-id "$PROJECT_ID" --token "${k.n('$CROWDIN_PERSONAL_TOKEN')}"
for f in web/public/locales/*/auth.json; do
  jq -e '.login.password' "$f" >/dev/null || echo "missing login.password in $f"
done
`,
  ),
  doc(
    'crowdin-yml',
    ['precision', 'config-syntax'],
    'crowdin.yml',
    (k) => `project_id_env: CROWDIN_PROJECT_ID
api_token_env: ${k.n('CROWDIN_PERSONAL_TOKEN')}
base_path: "."
base_url: "https://api.crowdin.com"
preserve_hierarchy: true
files:
  - source: /web/public/locales/en/*.json
    translation: /web/public/locales/%two_letters_code%/%original_file_name%
  - source: /app/src/main/res/values/strings.xml
    translation: /app/src/main/res/values-%android_code%/%original_file_name%
`,
  ),
  doc(
    'translator-onboarding',
    ['precision', 'prose'],
    'docs/translators/README.md',
    (k) => `# Translator onboarding

Thanks for helping with the Hungarian and Czech copy!

1. Log in to Crowdin with your own account (we send an invite).
2. The glossary says: "password" → ${k.n('"jelszó"')} (hu), ${k.n('"heslo"')} (cs); "token" stays "token".
3. Keep placeholders such as ${k.n('`{{count}}`')}, ${k.n('`%(min_length)d`')} and ${k.n('`%{authentication_keys}`')} untouched.

To see your strings in context use the staging app:

${F}
URL:      https://staging.notes.acme.dev
User:     translator@acme.dev
Password: ${tpw(k)}
${F}

Do not change that password: it is shared by all translators. If the login fails, ask in #i18n.
`,
  ),
];
