// rw-dev9 code: precision — files full of what looks like a credential in code and is not (env reads, config
// look-ups, hashing calls, field-name constants, i18n messages, validation regexes, placeholders, UUIDs, digests),
// with the odd real value a reviewer would still want flagged.
import type { RealWorldDoc } from '../types';
import { A, d } from './codeValues';

export const NEG_DOCS: RealWorldDoc[] = [
  d(
    'neg-i18n-messages',
    A.CP,
    'src/i18n/messages.ts',
    (c) => `export const messages = {
  en: {
    password: '${c.n('Password')}',
    passwordHint: '${c.n('At least 12 characters, one digit')}',
    passwordMismatch: '${c.n('Passwords do not match')}',
    token: '${c.n('Access token')}',
  },
  de: {
    password: '${c.n('Passwort')}',
    passwordHint: '${c.n('Mindestens 12 Zeichen, eine Ziffer')}',
    passwordMismatch: '${c.n('Die Passwörter stimmen nicht überein')}',
  },
  fr: { password: '${c.n('Mot de passe')}', passwordMismatch: '${c.n('Les mots de passe ne correspondent pas')}' },
  ja: { password: '${c.n('パスワード')}', passwordHint: '${c.n('12文字以上')}' },
  ru: { password: '${c.n('Пароль')}', passwordMismatch: '${c.n('Пароли не совпадают')}' },
  tr: { password: '${c.n('Şifre')}', token: '${c.n('Erişim anahtarı')}' },
  pl: { password: '${c.n('Hasło')}' },
  ko: { password: '${c.n('비밀번호')}' },
  zh: { password: '${c.n('密码')}', passwordHint: '${c.n('至少12个字符')}' },
};
`,
  ),
  d(
    'neg-validators',
    A.CP,
    'src/validation/password.py',
    (c) => `import re
import hashlib
import secrets

PASSWORD_FIELD = "${c.n('password')}"
PASSWORD_CONFIRM_FIELD = "${c.n('password_confirmation')}"
PASSWORD_RE = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,128}$")
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{43}$")
COMMON = {"${c.n('123456')}", "${c.n('password')}", "${c.n('qwerty')}", "${c.n('letmein')}"}


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()


def new_api_token() -> str:
    return secrets.token_urlsafe(32)


def validate(password: str) -> list[str]:
    errors = []
    if password.lower() in COMMON:
        errors.append("password.too_common")
    if not PASSWORD_RE.match(password):
        errors.append("password.too_weak")
    return errors
`,
  ),
  d(
    'neg-env-reads-many',
    A.CP,
    'src/config/index.ts',
    (c) => `import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().url(),
  DB_PASSWORD: z.string().min(1),
  JWT_SECRET: z.string().min(32),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  REDIS_PASSWORD: z.string().optional(),
});

export const env = schema.parse(process.env);

export const config = {
  db: { url: env.DATABASE_URL, password: ${c.n('env.DB_PASSWORD')} },
  jwt: { secret: ${c.n('env.JWT_SECRET')}, expiresIn: '15m' },
  stripe: { key: ${c.n('process.env.STRIPE_SECRET_KEY!')} },
  redis: { password: ${c.n("process.env['REDIS_PASSWORD'] ?? ''")} },
  mail: { password: ${c.n('import.meta.env.VITE_MAIL_PASSWORD')} },
  sessionSecret: ${c.n("required('SESSION_SECRET')")},
};
`,
  ),
  d(
    'neg-java-constants',
    A.CP,
    'src/main/java/com/acme/security/SecurityConstants.java',
    (c) => `package com.acme.security;

public final class SecurityConstants {
    public static final String PASSWORD_PARAM = "${c.n('password')}";
    public static final String TOKEN_HEADER = "${c.n('Authorization')}";
    public static final String TOKEN_PREFIX = "${c.n('Bearer ')}";
    public static final String SECRET_PROPERTY = "${c.n('app.jwt.secret')}";
    public static final String PASSWORD_RESET_PATH = "${c.n('/api/auth/password/reset')}";
    public static final String DEFAULT_PASSWORD_ENCODER = "${c.n('bcrypt')}";
    public static final String KEYSTORE_PASSWORD_ENV = "${c.n('KEYSTORE_PASSWORD')}";
    public static final long TOKEN_TTL_SECONDS = 900L;
    public static final String SCHEMA_VERSION = "${c.n('3.2.1')}";
    public static final String BUILD_COMMIT = "${c.sha()}";

    private SecurityConstants() {}
}
`,
  ),
  d(
    'neg-hash-fixtures',
    A.CP,
    'test/fixtures/users.json',
    (c) => `[
  {
    "id": "${c.id()}",
    "email": "anna@example.com",
    "password_hash": "${c.bcrypt()}",
    "api_key_sha256": "${c.sha256()}",
    "avatar_md5": "${c.md5()}",
    "created_at": "2024-02-11T09:14:22Z"
  },
  {
    "id": "${c.id()}",
    "email": "bob@example.com",
    "password_hash": "${c.argon()}",
    "api_key_sha256": "${c.sha256()}",
    "avatar_md5": "${c.md5()}",
    "created_at": "2024-02-12T17:01:05Z"
  }
]
`,
  ),
  d(
    'neg-go-lookups',
    A.CP,
    'internal/config/load.go',
    (c) => `package config

import (
	"os"

	"github.com/spf13/viper"
)

type DB struct {
	User     string \`mapstructure:"user"\`
	Password string \`mapstructure:"password" json:"-"\`
}

func Load() DB {
	viper.SetEnvPrefix("APP")
	viper.AutomaticEnv()
	viper.SetDefault("db.user", "app")
	viper.SetDefault("db.password", ${c.n('""')})
	return DB{
		User:     viper.GetString("db.user"),
		Password: ${c.n('viper.GetString("db.password")')},
	}
}

var secretPath = os.Getenv("${c.n('SECRET_FILE')}")
var requestID = "${c.id()}"
var passwordKey = "${c.n('APP_DB_PASSWORD')}"
`,
  ),
  d(
    'neg-placeholders-sample',
    A.CP,
    'examples/quickstart.py',
    (c) => `"""Quickstart: copy this file and fill in your own values."""
from acme_sdk import Client

client = Client(
    api_key="${c.ph()}",
    api_secret="${c.n('YOUR_API_SECRET')}",
    password="${c.n('<your password>')}",
    region="eu",
)

# or read them from the environment
client = Client.from_env()  # ACME_API_KEY, ACME_API_SECRET

print(client.ping(trace_id="${c.id()}"))
`,
  ),
  d(
    'neg-mixed-one-real',
    A.CP,
    'src/main/kotlin/com/acme/auth/AuthProperties.kt',
    (c) => `package com.acme.auth

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties(prefix = "auth")
data class AuthProperties(
    val issuer: String = "https://auth.acme.io",
    val audience: String = "${c.n('api://acme-backend')}",
    val clientId: String = "${c.id()}",
    val clientSecret: String = "",
    val passwordParam: String = "${c.n('password')}",
    val tokenTtl: Long = 3600,
    val jwksUri: String = "https://auth.acme.io/.well-known/jwks.json",
    val hmacSecret: String = "${c.b64(32)}",
)
`,
  ),
  d(
    'neg-lockfile-snippet',
    A.CP,
    'package-lock.json',
    (c) => `{
  "name": "kiosk-ui",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/bcryptjs": {
      "version": "2.4.3",
      "resolved": "https://registry.npmjs.org/bcryptjs/-/bcryptjs-2.4.3.tgz",
      "integrity": "${c.integrity()}"
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "${c.integrity()}"
    },
    "node_modules/password-validator": {
      "version": "5.3.0",
      "integrity": "${c.integrity()}"
    }
  }
}
`,
  ),
  d(
    'neg-csharp-attributes',
    A.CP,
    'src/Contoso.Web/Models/RegisterModel.cs',
    (c) => `using System.ComponentModel.DataAnnotations;

public class RegisterModel
{
    [Required, EmailAddress]
    public string Email { get; set; }

    [Required]
    [DataType(DataType.Password)]
    [StringLength(100, MinimumLength = 12, ErrorMessage = "${c.n('Das Passwort muss mindestens {2} Zeichen lang sein.')}")]
    [Display(Name = "${c.n('Passwort')}")]
    public string Password { get; set; }

    [Compare("Password", ErrorMessage = "${c.n('Passwords do not match.')}")]
    public string ConfirmPassword { get; set; }

    public const string PasswordResetTokenPurpose = "${c.n('ResetPassword')}";
}
`,
  ),
  d(
    'neg-ruby-credentials-lookup',
    A.CP,
    'app/services/payment_gateway.rb',
    (c) => `class PaymentGateway
  API_KEY = Rails.application.credentials.dig(:gateway, :api_key)
  PASSWORD = ENV.fetch("GATEWAY_PASSWORD") { raise "GATEWAY_PASSWORD missing" }
  WEBHOOK_SECRET = Rails.application.credentials.gateway_webhook_secret

  def initialize(client: Gateway::Client.new(api_key: API_KEY, password: PASSWORD))
    @client = client
  end

  def charge(order)
    @client.charge(amount: order.total_cents, idempotency_key: "${c.id()}")
  end
end

# spec helper: stub_const("PaymentGateway::PASSWORD", "${c.n('test-password')}")
`,
  ),
  d(
    'neg-sql-hashes-only',
    A.CP,
    'db/seeds/002_demo_users.sql',
    (c) => `-- demo users, passwords are hashed (bcrypt cost 12); demo login is documented in README as demo/demo
INSERT INTO users (id, username, password_digest) VALUES
  (1, 'demo', '${c.bcrypt()}'),
  (2, 'viewer', '${c.bcrypt()}'),
  (3, 'auditor', '${c.bcrypt()}');
UPDATE settings SET value = '${c.n('********')}' WHERE key = 'smtp_password';
UPDATE settings SET value = '${c.sha256()}' WHERE key = 'install_checksum';
`,
  ),
  d(
    'neg-php-form',
    A.CP,
    'templates/login.php',
    (c) => `<?php $title = __('${c.n('Anmelden')}'); ?>
<form method="post" action="/login">
  <input type="hidden" name="csrf" value="<?= htmlspecialchars($csrf) ?>">
  <label for="password"><?= __('${c.n('Contraseña')}') ?></label>
  <input type="password" id="password" name="password" placeholder="${c.n('••••••••')}" autocomplete="current-password">
  <input type="text" name="otp" pattern="[0-9]{6}" placeholder="${c.n('123456')}">
  <button type="submit"><?= __('${c.n('Iniciar sesión')}') ?></button>
</form>
<?php if ($error === 'bad_password'): ?><p class="err"><?= __('${c.n('Mot de passe incorrect')}') ?></p><?php endif; ?>
`,
  ),
];
