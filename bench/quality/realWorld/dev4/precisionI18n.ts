// rw-dev4 precision, part 1: locale files and UI strings about passwords in many languages (JSON, Rails YAML,
// TypeScript, Android, iOS, gettext, Java properties). Words about secrets, not secrets.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';

export const I18N_DOCS: RealWorldDoc[] = [
  doc(
    'i18n-en-auth-json',
    ['precision', 'config-syntax'],
    'web/public/locales/en/auth.json',
    (k) => `{
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
`,
  ),
  doc(
    'i18n-de-auth-json',
    ['precision', 'config-syntax'],
    'web/public/locales/de/auth.json',
    (k) => `{
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
`,
  ),
  doc(
    'i18n-rails-fr-es-yml',
    ['precision', 'config-syntax'],
    'config/locales/devise.fr.yml',
    (k) => `fr:
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
`,
  ),
  doc(
    'i18n-ts-ru-zh',
    ['precision', 'code'],
    'src/i18n/messages.ts',
    (k) => `// Generated from the translation memory; edit in Crowdin, not here.
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
`,
  ),
  doc(
    'android-strings-ja-ko',
    ['precision', 'config-syntax'],
    'app/src/main/res/values-ja/strings.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
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
`,
  ),
  doc(
    'ios-localizable-strings',
    ['precision', 'config-syntax'],
    'Acme/Resources/it.lproj/Localizable.strings',
    (k) => `/* Login screen */
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
`,
  ),
  doc(
    'gettext-po-nl',
    ['precision', 'prose'],
    'locale/nl/LC_MESSAGES/django.po',
    (k) => `# Dutch translation of the accounts app.
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
`,
  ),
  doc(
    'java-messages-properties',
    ['precision', 'config-syntax'],
    'src/main/resources/messages_pl.properties',
    (k) => `# Polish UI messages (ISO-8859-2 escaped by the build)
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
`,
  ),
];
