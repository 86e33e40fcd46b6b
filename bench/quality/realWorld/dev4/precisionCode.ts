// rw-dev4 precision, part 3: test files with obviously fake values, mocks, migrations and SQL schemas with
// password columns, password-hashing code, password generators.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { tpw, V } from './precisionValues';

export const CODE_DOCS: RealWorldDoc[] = [
  doc(
    'jest-auth-test-fakes',
    ['precision', 'code'],
    'src/auth/__tests__/login.test.ts',
    (k) => `import { login } from '../login';
import { hashPassword } from '../hash';

const FAKE_PASSWORD = ${k.n("'correct-horse-battery-staple'")};
const WRONG_PASSWORD = ${k.n("'not-the-password'")};
const FAKE_TOKEN = ${k.n("'test-token'")};

describe('login', () => {
  it('accepts the right password', async () => {
    const user = { email: 'a@example.com', passwordHash: await hashPassword(FAKE_PASSWORD) };
    await expect(login(user, FAKE_PASSWORD)).resolves.toMatchObject({ ok: true });
  });

  it('rejects a wrong password', async () => {
    const user = { email: 'a@example.com', passwordHash: ${k.n(`'${V.bcrypt(k.g)}'`)} };
    await expect(login(user, WRONG_PASSWORD)).resolves.toMatchObject({ ok: false, reason: 'bad_password' });
  });

  it('sends the token header', () => {
    const headers = buildHeaders({ token: FAKE_TOKEN });
    expect(headers).toEqual({ Authorization: ${k.n("'Bearer test-token'")} });
  });

  it('masks secrets in logs', () => {
    expect(mask(${k.n("'secret-value'")})).toBe(${k.n("'se**********'")});
  });
});
`,
  ),
  doc(
    'pytest-fixtures-fakes',
    ['precision', 'code'],
    'tests/conftest.py',
    (k) => `import pytest

from app.models import User


@pytest.fixture
def user(db):
    return User.objects.create_user(username="alice", email="alice@example.com", password=${k.n('"password"')})


@pytest.fixture
def api_client(client, user):
    client.force_login(user)
    client.defaults["HTTP_AUTHORIZATION"] = ${k.n('"Token dummy-token-for-tests"')}
    return client


@pytest.fixture
def settings_override(settings):
    settings.SECRET_KEY = ${k.n('"test-secret-key-not-for-production"')}
    settings.STRIPE_SECRET_KEY = ${k.n('"sk_test_dummy"')}
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast in tests
    settings.AWS_SECRET_ACCESS_KEY = ${k.n('"fake"')}
    return settings


@pytest.fixture
def jwt_token():
    # generated per test run, never a fixed value
    return make_jwt({"sub": "alice"}, key=os.urandom(32))
`,
  ),
  doc(
    'go-test-table-fakes',
    ['precision', 'code'],
    'internal/auth/token_test.go',
    (k) => `package auth

import "testing"

func TestParseAuthHeader(t *testing.T) {
	cases := []struct {
		name, header, want string
		ok                 bool
	}{
		{"bearer", "Bearer abc", "abc", true},
		{"lowercase", "bearer abc", "abc", true},
		{"basic is rejected", ${k.n('"Basic dXNlcjpwYXNz"')}, "", false},
		{"empty", "", "", false},
		{"only scheme", "Bearer ", "", false},
		{"placeholder", ${k.n('"Bearer <token>"')}, ${k.n('"<token>"')}, true},
	}
	for _, c := range cases {
		got, ok := ParseAuthHeader(c.header)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: got %q %v", c.name, got, ok)
		}
	}
}

const testSecret = ${k.n('"0123456789abcdef0123456789abcdef"')} // HMAC key for the golden files below

func TestSign(t *testing.T) {
	got := Sign([]byte(testSecret), []byte("payload"))
	if got != goldenSignature {
		t.Fatalf("signature changed: %s", got)
	}
}
`,
  ),
  doc(
    'msw-mock-handlers',
    ['precision', 'code'],
    'src/mocks/handlers.ts',
    (k) => `import { http, HttpResponse } from 'msw';

// Mock server for Storybook and unit tests: every credential here is invented.
export const handlers = [
  http.post('/api/auth/login', async ({ request }) => {
    const { password } = (await request.json()) as { password: string };
    if (password !== ${k.n("'storybook'")}) return HttpResponse.json({ error: 'invalid_credentials' }, { status: 401 });
    return HttpResponse.json({
      accessToken: ${k.n("'mock-access-token'")},
      refreshToken: ${k.n("'mock-refresh-token'")},
      expiresIn: 3600,
    });
  }),
  http.get('/api/me/api-keys', () =>
    HttpResponse.json([
      { id: ${k.n(`'${k.g.uuid()}'`)}, name: 'CI', prefix: ${k.n("'acme_live_4f'")}, createdAt: '2026-02-01' },
      { id: ${k.n(`'${k.g.uuid()}'`)}, name: 'laptop', prefix: ${k.n("'acme_live_9c'")}, createdAt: '2026-03-11' },
    ]),
  ),
  http.get('/api/session', () => HttpResponse.json({ csrfToken: ${k.n("'mock-csrf'")}, user: { id: 1, name: 'Storybook User' } })),
];
`,
  ),
  doc(
    'sql-migration-users',
    ['precision', 'code'],
    'db/migrations/20240311_create_users.sql',
    (k) => `-- Users and API keys. Passwords are stored as argon2id hashes; API keys as SHA-256 digests.
CREATE TABLE users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email           citext NOT NULL UNIQUE,
    password_hash   text NOT NULL,
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    must_change_password boolean NOT NULL DEFAULT false,
    mfa_secret_encrypted bytea,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    prefix      varchar(12) NOT NULL,
    key_hash    char(64) NOT NULL,
    scopes      text[] NOT NULL DEFAULT '{}',
    revoked_at  timestamptz
);

CREATE INDEX api_keys_prefix_idx ON api_keys (prefix);

-- Seed the system user with a disabled password (the ! prefix can never match a hash).
INSERT INTO users (id, email, password_hash, must_change_password)
VALUES (${k.n("'00000000-0000-0000-0000-000000000001'")}, 'system@acme.internal', ${k.n("'!'")}, false);

INSERT INTO users (email, password_hash) VALUES
  ('alice@example.com', ${k.n(`'${V.argon2(k.g)}'`)}),
  ('bob@example.com', ${k.n(`'${V.argon2(k.g)}'`)});
`,
  ),
  doc(
    'rails-migration-and-seeds',
    ['precision', 'code'],
    'db/seeds.rb',
    (k) => `# Seeds for development. Nothing here reaches production (see config/deploy.rb).
admin = User.find_or_create_by!(email: "admin@example.com") do |u|
  u.password = ${k.n('"password"')}
  u.password_confirmation = ${k.n('"password"')}
  u.role = :admin
end

ApiClient.find_or_create_by!(name: "local-dashboard") do |c|
  c.uid = ${k.n('SecureRandom.uuid')}
  c.secret = ${k.n('SecureRandom.hex(32)')}
end

# The demo tenant used by sales: keep this password in sync with the sales deck.
User.find_or_create_by!(email: "demo@acme.dev") do |u|
  u.password = "${tpw(k)}"
  u.role = :viewer
end

puts "Seeded #{User.count} users. Log in as admin@example.com / password"
`,
  ),
  doc(
    'alembic-migration',
    ['precision', 'code'],
    'migrations/versions/8c1f2a4b9d3e_add_password_reset.py',
    (k) => `"""add password reset tokens

Revision ID: ${k.n('8c1f2a4b9d3e')}
Revises: ${k.n('5e7d9a1c2b4f')}
Create Date: 2026-03-02 10:12:44.118290
"""
from alembic import op
import sqlalchemy as sa

revision = ${k.n('"8c1f2a4b9d3e"')}
down_revision = ${k.n('"5e7d9a1c2b4f"')}


def upgrade():
    op.create_table(
        "password_reset_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("expires_at", sa.DateTime, nullable=False),
    )
    op.add_column("users", sa.Column("password_algo", sa.String(16), server_default=${k.n('"argon2id"')}))


def downgrade():
    op.drop_column("users", "password_algo")
    op.drop_table("password_reset_tokens")
`,
  ),
  doc(
    'password-hashing-code',
    ['precision', 'code'],
    'src/security/passwords.py',
    (k) => `"""Password hashing: argon2id for new hashes, bcrypt and PBKDF2 verified for old accounts."""
import hashlib
import hmac

from argon2 import PasswordHasher
import bcrypt

_ph = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)
PEPPER_ENV = ${k.n('"PASSWORD_PEPPER"')}
LEGACY_PREFIX = ${k.n('"pbkdf2_sha256$"')}
BCRYPT_PREFIXES = (${k.n('"$2a$"')}, ${k.n('"$2b$"')}, ${k.n('"$2y$"')})


def hash_password(password: str) -> str:
    return _ph.hash(password)


def verify_password(stored: str, password: str) -> bool:
    if stored.startswith(BCRYPT_PREFIXES):
        return bcrypt.checkpw(password.encode(), stored.encode())
    if stored.startswith(LEGACY_PREFIX):
        _, iterations, salt, digest = stored.split("$")
        dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), int(iterations))
        return hmac.compare_digest(dk.hex(), digest)
    return _ph.verify(stored, password)


# Example stored values, one per scheme (from our own test accounts, passwords long gone):
EXAMPLES = {
    "argon2id": ${k.n(`"${V.argon2(k.g)}"`)},
    "bcrypt": ${k.n(`"${V.bcrypt(k.g)}"`)},
    "pbkdf2": ${k.n(`"pbkdf2_sha256$600000$${k.g.alnum(22)}$${k.g.base64(43)}="`)},
}
`,
  ),
  doc(
    'password-generator-code',
    ['precision', 'code'],
    'tools/genpass.ts',
    (k) => `// Generates passwords for new service accounts. Prints to stdout only; pipe it into the vault CLI.
import { randomInt } from 'node:crypto';

const LOWER = ${k.n("'abcdefghijkmnopqrstuvwxyz'")};
const UPPER = ${k.n("'ABCDEFGHJKLMNPQRSTUVWXYZ'")};
const DIGITS = ${k.n("'23456789'")};
const SYMBOLS = ${k.n("'!#%&*+-=?@^_'")};
const ALPHABET = LOWER + UPPER + DIGITS + SYMBOLS;
const WORDLIST_URL = 'https://www.eff.org/files/2016/07/18/eff_large_wordlist.txt';

export function generatePassword(length = 24): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export function generatePassphrase(words: string[], count = 5, sep = '-'): string {
  return Array.from({ length: count }, () => words[randomInt(words.length)]).join(sep);
}

// usage: node genpass.js | vault kv put secret/svc/reporting password=-
if (require.main === module) process.stdout.write(generatePassword() + '\\n');
`,
  ),
];
