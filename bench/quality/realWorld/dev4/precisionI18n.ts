// rw-dev4 precision, part 1: locale files and UI strings about passwords in many languages, form schemas and
// validation messages, password-policy pages. Words about secrets, not secrets; a few real values among them.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { tpw } from './precisionValues';

export const I18N_DOCS: RealWorldDoc[] = [
  doc('i18n-en-auth-json', ['precision', 'config-syntax'], 'web/public/locales/en/auth.json', (k) => `{
  "login": {
    "title": "Sign in to your account",
    "username": "Username or email",
    "password": ${k.n('"Password"')},
    "passwordPlaceholder": ${k.n('"Enter your password"')},
    "showPassword": "Show password",
    "hidePassword": "Hide password",
    "forgotPassword": ${k.n('"Forgot your password?"')},
    "submit": "Sign in",
    "invalidCredentials": ${k.n('"The username or password you entered is incorrect."')}
  },
  "reset": {
    "title": "Reset your password",
    "newPassword": ${k.n('"New password"')},
    "confirmPassword": ${k.n('"Confirm new password"')},
    "passwordMismatch": ${k.n('"Passwords do not match"')},
    "tooShort": ${k.n('"Password must be at least {{count}} characters long"')},
    "tokenExpired": ${k.n('"This reset link has expired. Request a new one."')},
    "success": "Your password has been changed."
  },
  "apiKeys": {
    "heading": "API keys",
    "create": "Create API key",
    "secretOnce": ${k.n('"Your secret key is shown only once. Copy it now and store it somewhere safe."')},
    "revoke": "Revoke key",
    "tokenLabel": ${k.n('"Personal access token"')},
    "secretLabel": ${k.n('"Client secret"')},
    "placeholder": ${k.n('"sk-..."')}
  }
}
`),
  doc('i18n-de-auth-json', ['precision', 'config-syntax'], 'web/public/locales/de/auth.json', (k) => `{
  "login": {
    "title": "Melden Sie sich an",
    "username": "Benutzername oder E-Mail",
    "password": ${k.n('"Passwort"')},
    "passwordPlaceholder": ${k.n('"Geben Sie Ihr Passwort ein"')},
    "forgotPassword": ${k.n('"Passwort vergessen?"')},
    "invalidCredentials": ${k.n('"Benutzername oder Passwort ist falsch."')}
  },
  "reset": {
    "newPassword": ${k.n('"Neues Passwort"')},
    "confirmPassword": ${k.n('"Passwort bestätigen"')},
    "passwordMismatch": ${k.n('"Die Passwörter stimmen nicht überein"')},
    "tooShort": ${k.n('"Das Passwort muss mindestens {{count}} Zeichen lang sein"')},
    "weak": ${k.n('"Dieses Passwort ist zu schwach. Verwenden Sie Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen."')}
  },
  "apiKeys": {
    "secretOnce": ${k.n('"Ihr geheimer Schlüssel wird nur einmal angezeigt."')},
    "tokenLabel": ${k.n('"Persönliches Zugriffstoken"')},
    "secretLabel": ${k.n('"Client-Geheimnis"')}
  }
}
`),
  doc('i18n-rails-fr-es-yml', ['precision', 'config-syntax'], 'config/locales/devise.fr.yml', (k) => `fr:
  activerecord:
    attributes:
      user:
        password: ${k.n('"Mot de passe"')}
        password_confirmation: ${k.n('"Confirmation du mot de passe"')}
        current_password: ${k.n('"Mot de passe actuel"')}
  devise:
    passwords:
      no_token: ${k.n('"Vous ne pouvez accéder à cette page sans passer par un e-mail de réinitialisation de mot de passe."')}
      send_instructions: ${k.n('"Vous allez recevoir un e-mail avec les instructions pour réinitialiser votre mot de passe."')}
      updated: ${k.n('"Votre mot de passe a été modifié avec succès. Vous êtes maintenant connecté(e)."')}
    failure:
      invalid: ${k.n('"%{authentication_keys} ou mot de passe incorrect."')}
      unauthenticated: "Vous devez vous connecter ou vous inscrire pour continuer."
es:
  activerecord:
    attributes:
      user:
        password: ${k.n('"Contraseña"')}
        password_confirmation: ${k.n('"Confirmar contraseña"')}
  devise:
    passwords:
      updated: ${k.n('"Tu contraseña se ha cambiado correctamente."')}
    failure:
      invalid: ${k.n('"%{authentication_keys} o contraseña no válidos."')}
pt-BR:
  activerecord:
    attributes:
      user:
        password: ${k.n('"Senha"')}
        password_confirmation: ${k.n('"Confirme sua senha"')}
  devise:
    failure:
      invalid: ${k.n('"%{authentication_keys} ou senha inválidos."')}
`),
  doc('i18n-ts-ru-zh', ['precision', 'code'], 'src/i18n/messages.ts', (k) => `// Generated from the translation memory; edit in Crowdin, not here.
export const messages = {
  ru: {
    password: ${k.n("'Пароль'")},
    passwordHint: ${k.n("'Введите пароль'")},
    passwordRepeat: ${k.n("'Повторите пароль'")},
    passwordForgot: ${k.n("'Забыли пароль?'")},
    passwordWeak: ${k.n("'Слишком простой пароль'")},
    secretKey: ${k.n("'Секретный ключ'")},
    token: ${k.n("'Токен доступа'")},
  },
  'zh-CN': {
    password: ${k.n("'密码'")},
    passwordHint: ${k.n("'请输入密码'")},
    passwordRepeat: ${k.n("'确认密码'")},
    passwordForgot: ${k.n("'忘记密码？'")},
    passwordWeak: ${k.n("'密码强度太弱'")},
    secretKey: ${k.n("'密钥'")},
    token: ${k.n("'访问令牌'")},
  },
  uk: {
    password: ${k.n("'Пароль'")},
    passwordHint: ${k.n("'Введіть пароль'")},
    secretKey: ${k.n("'Секретний ключ'")},
  },
} as const;

export type MessageKey = keyof typeof messages.ru;
`),
  doc('android-strings-ja-ko', ['precision', 'config-syntax'], 'app/src/main/res/values-ja/strings.xml', (k) => `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Acme ノート</string>
    <string name="prompt_email">メールアドレス</string>
    <string name="prompt_password">${k.n('パスワード')}</string>
    <string name="password_hint">${k.n('パスワードを入力してください')}</string>
    <string name="error_invalid_password">${k.n('パスワードは8文字以上で入力してください')}</string>
    <string name="error_incorrect_password">${k.n('パスワードが正しくありません')}</string>
    <string name="action_forgot_password">${k.n('パスワードをお忘れですか？')}</string>
    <string name="label_api_key">${k.n('APIキー')}</string>
    <!-- Korean copy lives in values-ko; duplicated here for the reviewers -->
    <string name="ko_prompt_password" translatable="false">${k.n('비밀번호')}</string>
    <string name="ko_error_incorrect_password" translatable="false">${k.n('비밀번호가 올바르지 않습니다')}</string>
    <string name="ko_password_change" translatable="false">${k.n('비밀번호 변경')}</string>
    <string name="pref_key_password" translatable="false">${k.n('pref_password')}</string>
    <string name="pref_key_token" translatable="false">${k.n('auth_token')}</string>
</resources>
`),
  doc('ios-localizable-strings', ['precision', 'config-syntax'], 'Acme/Resources/it.lproj/Localizable.strings', (k) => `/* Login screen */
"login.password.placeholder" = ${k.n('"Password"')};
"login.password.forgot" = ${k.n('"Hai dimenticato la password?"')};
"login.error.wrongPassword" = ${k.n('"La password non è corretta. Riprova."')};
"settings.changePassword" = ${k.n('"Cambia password"')};
"settings.passcode.title" = ${k.n('"Codice di accesso"')};
"settings.passcode.enter" = ${k.n('"Inserisci il codice"')};
"settings.apiToken.title" = ${k.n('"Token API"')};
"settings.apiToken.footer" = ${k.n('"Il token viene mostrato una sola volta."')};
"keychain.service" = ${k.n('"com.acme.notes.keychain"')};
"keychain.account.password" = ${k.n('"userPassword"')};
"keychain.account.refresh" = ${k.n('"refreshToken"')};
`),
  doc('gettext-po-nl', ['precision', 'prose'], 'locale/nl/LC_MESSAGES/django.po', (k) => `# Dutch translation of the accounts app.
msgid ""
msgstr ""
"Project-Id-Version: accounts 2.4\\n"
"Language: nl\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: accounts/forms.py:41
msgid "Password"
msgstr ${k.n('"Wachtwoord"')}

#: accounts/forms.py:47
msgid "Password confirmation"
msgstr ${k.n('"Wachtwoord bevestigen"')}

#: accounts/forms.py:63
#, python-format
msgid "Your password must contain at least %(min_length)d characters."
msgstr ${k.n('"Uw wachtwoord moet minstens %(min_length)d tekens bevatten."')}

#: accounts/forms.py:71
msgid "The two password fields didn’t match."
msgstr ${k.n('"De twee wachtwoordvelden komen niet overeen."')}

#: accounts/views.py:120
msgid "Your API secret was regenerated. The old secret stops working in 24 hours."
msgstr ${k.n('"Uw API-geheim is opnieuw gegenereerd. Het oude geheim werkt na 24 uur niet meer."')}

#: accounts/templates/accounts/token.html:9
msgid "Token"
msgstr ${k.n('"Token"')}
`),
  doc('java-messages-properties', ['precision', 'config-syntax'], 'src/main/resources/messages_pl.properties', (k) => `# Polish UI messages (ISO-8859-2 escaped by the build)
login.username=Nazwa u\\u017cytkownika
login.password=${k.n('Has\\u0142o')}
login.password.placeholder=${k.n('Wpisz has\\u0142o')}
login.password.forgot=${k.n('Nie pami\\u0119tasz has\\u0142a?')}
validation.password.required=${k.n('Has\\u0142o jest wymagane')}
validation.password.length=${k.n('Has\\u0142o musi mie\\u0107 co najmniej {0} znak\\u00f3w')}
validation.password.mismatch=${k.n('Has\\u0142a nie s\\u0105 zgodne')}
apikey.label=${k.n('Klucz API')}
apikey.secret.label=${k.n('Sekret klienta')}
token.expired=${k.n('Token wygas\\u0142')}
tr.login.password=${k.n('\\u015eifre')}
tr.login.password.forgot=${k.n('\\u015eifrenizi mi unuttunuz?')}
sv.login.password=${k.n('L\\u00f6senord')}
`),
  doc('json-schema-signup-form', ['precision', 'config-syntax'], 'schemas/signup.schema.json', (k) => `{
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
`),
  doc('zod-yup-validation', ['precision', 'code'], 'src/forms/validation.ts', (k) => `import { z } from 'zod';
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
`),
  doc('react-login-form', ['precision', 'code'], 'src/components/LoginForm.tsx', (k) => `import { useState } from 'react';
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
`),
  doc('password-policy-page', ['precision', 'prose'], 'docs/security/password-policy.md', (k) => `# Password policy

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
`),
  doc('django-forms-help-text', ['precision', 'code'], 'accounts/forms.py', (k) => `from django import forms
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
`),
  doc('crowdin-sync-script', ['precision', 'command-line'], 'scripts/sync-translations.sh', (k) => `#!/usr/bin/env bash
# Pulls reviewed translations from Crowdin into web/public/locales.
set -euo pipefail

# TODO(lena): move this to the CI secret store, it was only meant for the first import
export CROWDIN_PERSONAL_TOKEN=${k.tok(k.g.hex(80))}
PROJECT_ID=${k.n('548213')}

crowdin download --config crowdin.yml --project-id "$PROJECT_ID" --token "${k.n('$CROWDIN_PERSONAL_TOKEN')}"
for f in web/public/locales/*/auth.json; do
  jq -e '.login.password' "$f" >/dev/null || echo "missing login.password in $f"
done
`),
  doc('crowdin-yml', ['precision', 'config-syntax'], 'crowdin.yml', (k) => `project_id_env: CROWDIN_PROJECT_ID
api_token_env: ${k.n('CROWDIN_PERSONAL_TOKEN')}
base_path: "."
base_url: "https://api.crowdin.com"
preserve_hierarchy: true
files:
  - source: /web/public/locales/en/*.json
    translation: /web/public/locales/%two_letters_code%/%original_file_name%
  - source: /app/src/main/res/values/strings.xml
    translation: /app/src/main/res/values-%android_code%/%original_file_name%
`),
  doc('translator-onboarding', ['precision', 'prose'], 'docs/translators/README.md', (k) => `# Translator onboarding

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
`),
];
