// Words that label a password or a token in prose, in the languages people write runbooks, tickets and chat
// in. Kept small and local: the shared key-name classifier covers names in code and config.

/** Labels of a password, ASCII spellings (prefilter keywords are ASCII). Lower case; matched case-insensitively. */
export const ASCII_PASSWORD_LABELS = [
  'password', 'passwort', 'kennwort', 'passwd', 'passphrase', 'pass phrase', 'pwd', 'pw', 'pass', 'mot de passe', 'mot-de-passe', 'mdp',
  'contrasena', 'contrasenya', 'clave', 'senha', 'palavra-passe', 'wachtwoord', 'haslo', 'losenord', 'salasana', 'adgangskode',
  'kodeord', 'passord', 'heslo', 'jelszo', 'sifresi', 'sifre', 'parola', 'geslo', 'lozinka', 'parool', 'mat khau', 'kata sandi', 'wifi key',
  'wi-fi key', 'wlan key', 'psk', 'key',
];

/**
 * Labels with letters outside ASCII (regex source). They cannot feed the ASCII prefilter, so the rule that
 * uses them runs on every text; its pattern starts with these letters, which V8 scans for quickly.
 */
export const INTL_PASSWORD_LABELS = [
  'contraseña', 'hasło', 'lösenord', 'şifresi', 'Şifresi', 'şifre', 'Şifre', 'jelszó', 'mật khẩu', 'Mật khẩu', 'пароль', 'Пароль', 'ПАРОЛЬ', 'пароля',
  '密码', '密碼', '口令', '비밀번호', '비번', '암호', 'パスワード', 'كلمة المرور', 'كلمة السر', 'סיסמה', 'κωδικός', 'Κωδικός',
  'συνθηματικό', 'पासवर्ड', 'รหัสผ่าน',
];

/**
 * Labels that are also everyday words (`pass the value`, `the key`, `a token`): they count only with a colon or
 * an equals sign right after them (`pass: X`, `token = X`), never with a verb (`… is X`) or words in between.
 */
export const WEAK_LABELS = new Set(['pass', 'mdp', 'clave', 'parola', 'psk', 'key', 'token', 'secret', 'apikey', 'private key', 'pin', 'sifre', 'şifre']);

/** Labels of a token or key (values must look generated). ASCII, lower case. */
export const TOKEN_LABELS = [
  'api key', 'api-key', 'apikey', 'api token', 'access token', 'auth token', 'bearer token', 'token', 'secret', 'client secret',
  'app secret', 'appsecret', 'secret key', 'access key', 'integration key', 'routing key', 'signing secret', 'webhook secret',
  'private key', 'license key', 'cle api', 'clave api', 'chave api', 'api-schlussel', 'schlussel', 'shared secret', 'unseal key',
  'root token', 'recovery key', 'totp seed', 'otp seed', 'totp secret', 'mfa secret', '2fa secret', 'mfa seed',
];

/** Non-ASCII token labels (regex source): `clé API`, `API-Schlüssel`, `ключ API`, `密钥`, `秘钥`, `令牌`, `トークン`, `토큰`. */
export const INTL_TOKEN_LABELS = ['clé API', 'clé d\'API', 'API-Schlüssel', 'Schlüssel', 'ключ API', 'токен', 'Токен', '密钥', '秘钥', '令牌', 'トークン', 'シークレット', '토큰', '시크릿'];

/**
 * Words that follow a label in a sentence about passwords, not a password (`Password: must be 8+ characters`,
 * `the password is stored in Vault`, `Passwort: siehe Tresor`). Lower case.
 */
export const SENTENCE_WORDS = new Set([
  'must', 'should', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'your', 'their', 'his', 'her', 'its', 'our', 'my', 'see', 'ask',
  'use', 'set', 'same', 'not', 'no', 'none', 'from', 'in', 'on', 'at', 'to', 'for', 'of', 'with', 'by', 'via', 'and', 'or', 'if',
  'required', 'optional', 'empty', 'blank', 'unchanged', 'hidden', 'masked', 'stored', 'provided', 'generated', 'reset', 'changed',
  'expired', 'incorrect', 'invalid', 'wrong', 'missing', 'weak', 'strong', 'length', 'characters', 'chars', 'minimum', 'maximum',
  'min', 'max', 'unknown', 'default', 'defaults', 'string', 'text', 'number', 'boolean', 'object', 'array', 'null', 'undefined',
  'true', 'false', 'yes', 'enter', 'type', 'input', 'field', 'prompt', 'prompted', 'sent', 'emailed', 'shared', 'rotated', 'updated',
  'removed', 'deleted', 'disabled', 'enabled', 'encrypted', 'hashed', 'salted', 'protected', 'needed', 'necessary', 'correct',
  'ok', 'okay', 'done', 'fixed', 'todo', 'tbd', 'n/a', 'na', 'nil', 'secret', 'secrets', 'hash', 'env', 'environment', 'variable',
  'vault', 'keychain', 'keepass', '1password', 'bitwarden', 'lastpass', 'manager', 'file', 'below', 'above', 'here', 'there', 'it',
  'siehe', 'bitte', 'ist', 'wird', 'im', 'der', 'die', 'das', 'voir', 'est', 'dans', 'le', 'la', 'les', 'ver', 'es', 'en', 'el',
  'ja', 'nein', 'oui', 'non', 'si', 'sim', 'nao', 'ver', 'zie', 'geen',
]);
