// rw-dev4 precision, part 3b: crypto test vectors labelled as such, SQL roles and grants, mocks in Kotlin tests,
// integration-test env files and htpasswd fixtures.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { CRYPT, tpw, upw, V } from './precisionValues';

export const CODE_DATA_DOCS: RealWorldDoc[] = [
  doc(
    'crypto-test-vectors',
    ['precision', 'code'],
    'crypto/testdata/vectors.go',
    (k) => `package testdata

// Known-answer tests from RFC 4231 (HMAC-SHA-256) and RFC 7914 (scrypt). These are published test vectors,
// not keys anyone uses.
var HMACVectors = []struct{ Key, Data, Want string }{
	{
		Key:  ${k.n('"0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"')},
		Data: "4869205468657265",
		Want: ${k.n(`"${k.g.hex(64)}"`)},
	},
	{
		Key:  ${k.n('"4a656665"')}, // "Jefe"
		Data: "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
		Want: ${k.n(`"${k.g.hex(64)}"`)},
	},
}

var ScryptVectors = []struct {
	Password, Salt string
	N, R, P        int
	Want           string
}{
	{${k.n('"password"')}, "NaCl", 1024, 8, 16, ${k.n(`"${k.g.hex(128)}"`)}},
	{${k.n('"pleaseletmein"')}, "SodiumChloride", 16384, 8, 1, ${k.n(`"${k.g.hex(128)}"`)}},
}

// AES-128 FIPS-197 appendix C.1
const AESKey = ${k.n('"000102030405060708090a0b0c0d0e0f"')}
const AESPlain = "00112233445566778899aabbccddeeff"
const AESCipher = ${k.n(`"${k.g.hex(32)}"`)}
`,
  ),
  doc(
    'sql-schema-and-grants',
    ['precision', 'code'],
    'db/schema/roles.sql',
    (k) => `-- Roles for the reporting replica. Passwords are set by the provisioning job from the vault,
-- see ops/provision-roles.sh; this file only declares them.
CREATE ROLE reporting_ro NOLOGIN;
CREATE ROLE etl LOGIN PASSWORD NULL;
ALTER ROLE etl SET statement_timeout = '15min';
GRANT reporting_ro TO etl;

CREATE TABLE audit.password_events (
    id bigserial PRIMARY KEY,
    user_id uuid NOT NULL,
    event text NOT NULL CHECK (event IN ('password_set', 'password_reset', 'password_expired')),
    old_password_hash text,
    at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN audit.password_events.old_password_hash IS 'argon2id hash, kept 1 year to block reuse';

-- Local docker only (docker-compose.dev.yml), the container is thrown away:
CREATE ROLE dev_app LOGIN PASSWORD '${tpw(k)}';
`,
  ),
  doc(
    'kotlin-test-and-mock',
    ['precision', 'code'],
    'app/src/test/kotlin/com/acme/AuthRepositoryTest.kt',
    (k) => `package com.acme

import io.mockk.every
import io.mockk.mockk
import org.junit.Assert.assertEquals
import org.junit.Test

class AuthRepositoryTest {
    private val api = mockk<AuthApi>()
    private val store = FakeTokenStore()

    @Test
    fun storesTokenAfterLogin() {
        every { api.login("user@example.com", ${k.n('"hunter2"')}) } returns TokenResponse(access = ${k.n('"access-123"')}, refresh = ${k.n('"refresh-456"')})
        AuthRepository(api, store).login("user@example.com", ${k.n('"hunter2"')})
        assertEquals(${k.n('"access-123"')}, store.accessToken)
    }

    @Test
    fun clearsOnLogout() {
        store.accessToken = ${k.n('"whatever"')}
        AuthRepository(api, store).logout()
        assertEquals(null, store.accessToken)
    }
}
`,
  ),
  doc(
    'integration-test-env',
    ['precision', 'code', 'config-syntax'],
    'tests/integration/.env.test',
    (k) => `# Loaded by jest-environment for the integration suite. The database is the docker one in docker-compose.test.yml.
NODE_ENV=test
DATABASE_URL=postgres://app:${upw(k)}@localhost:5433/app_test
REDIS_URL=redis://localhost:6380/0
JWT_SECRET=${k.n('test-jwt-secret')}
SESSION_SECRET=${k.n('integration')}
STRIPE_SECRET_KEY=${k.n('sk_test_placeholder')}
S3_ENDPOINT=http://localhost:9000
S3_ACCESS_KEY=${k.n('minioadmin')}
S3_SECRET_KEY=${k.n('minioadmin')}
# shared sandbox for the contract tests, owned by the payments team
PAYMENTS_SANDBOX_API_KEY=${k.tok()}
`,
  ),
  doc(
    'htpasswd-shadow-fixture',
    ['precision', 'credential-file'],
    'test/fixtures/auth/htpasswd',
    (k) => `alice:${k.n(`$apr1$${k.g.chars(CRYPT, 8)}$${k.g.chars(CRYPT, 22)}`)}
bob:${k.n(V.bcrypt(k.g))}
carol:${k.n(`{SHA}${k.g.base64(27)}=`)}
dave:${k.n(`$6$${k.g.chars(CRYPT, 16)}$${k.g.chars(CRYPT, 86)}`)}
`,
  ),
];
