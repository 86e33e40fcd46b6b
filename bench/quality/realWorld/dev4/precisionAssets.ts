// rw-dev4 precision, part 6: encoded assets and public material: base64 images and fonts, minified JS,
// source maps, CSS, SVG paths, certificates, SSH public keys, PGP public blocks, JWKS.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { certPem, minIdent, pgpPublic, pngB64, publicKeyPem, sshEd, sshRsa, tpw, woff2B64 } from './precisionValues';

export const ASSET_DOCS: RealWorldDoc[] = [
  doc('css-inline-images-fonts', ['precision', 'code'], 'src/styles/login.css', (k) => {
    const g = k.g;
    return `@font-face {
  font-family: "Inter";
  src: url(data:font/woff2;base64,${k.n(woff2B64(g))}) format("woff2");
  font-display: swap;
}
.login__logo {
  background-image: url("data:image/png;base64,${k.n(pngB64(g))}");
  width: 48px;
  height: 48px;
}
.password-field::after {
  content: "";
  background: url('data:image/svg+xml;base64,${k.n(g.base64(240))}') no-repeat center;
}
.password-strength--weak { color: #d93025; }
.password-strength--strong { color: #188038; }
.token-${k.n(g.base64url(6))} { display: none; }
.css-${k.n(g.lower(6))}-Password { font-family: monospace; }
`;
  }),
  doc('minified-bundle', ['precision', 'code'], 'public/assets/index-4f9c.js', (k) => {
    const g = k.g;
    const ids = Array.from({ length: 30 }, () => minIdent(g));
    return `!function(){"use strict";var ${ids.slice(0, 8).join(',')};const ${ids[8]}="${k.n(g.base64(64))}",${ids[9]}={password:"password",token:"token",apiKey:"x-api-key"};function ${ids[10]}(${ids[11]},${ids[12]}){return ${ids[11]}.headers["Authorization"]="Bearer "+${ids[12]},${ids[11]}}const ${ids[13]}=Symbol.for("${k.n(`react.${g.lower(8)}`)}");var ${ids[14]}="${k.n(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 96))}".split("");
${ids[15]}.exports={chunkHash:"${k.n(g.hex(20))}",buildId:"${k.n(g.base64url(21))}",publicPath:"/assets/"};
window.__remixManifest={"version":"${k.n(g.hex(8))}","url":"/build/manifest-${k.n(g.hex(8).toUpperCase())}.js","routes":{"root":{"id":"root","module":"/build/root-${k.n(g.alnum(8).toUpperCase())}.js"}}};
}();
//# sourceMappingURL=index-4f9c.js.map
`;
  }),
  doc('source-map', ['precision', 'code'], 'public/assets/index-4f9c.js.map', (k) => {
    const g = k.g;
    const segs = Array.from({ length: 60 }, () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', g.pick([4, 5, 6, 8]))).join(',');
    return `{"version":3,"file":"index-4f9c.js","sources":["../../src/auth/login.ts","../../src/auth/passwordStrength.ts","../../src/api/client.ts"],"sourcesContent":["export const PASSWORD_MIN = 12;\\nexport function isStrong(password: string) { return password.length >= PASSWORD_MIN; }\\n","const TOKEN_KEY = 'access_token';\\nexport const getToken = () => localStorage.getItem(TOKEN_KEY);\\n"],"names":["password","token","apiKey","secret"],"mappings":"${k.n(`${segs};${segs}`)}","debugId":"${k.n(g.uuid())}"}
`;
  }),
  doc('svg-icons', ['precision', 'code'], 'src/icons/lock.svg', (k) => {
    const g = k.g;
    const path = () =>
      `M${g.digits(2)}.${g.digits(3)} ${g.digits(1)}.${g.digits(2)}c-${g.digits(1)}.${g.digits(3)} 0-${g.digits(1)}.${g.digits(2)} ${g.digits(1)}.${g.digits(3)}-${g.digits(1)}.${g.digits(3)}V${g.digits(2)}h${g.digits(1)}.${g.digits(2)}z`;
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-labelledby="title-password">
  <title id="title-password">Password protected</title>
  <defs><linearGradient id="${k.n(`lg-${g.alnum(10)}`)}"><stop offset="0" stop-color="#0B5FFF"/></linearGradient></defs>
  <path d="${k.n(path() + path() + path())}"/>
  <path d="${k.n(path() + path())}" fill="url(#lg)"/>
  <image href="data:image/png;base64,${k.n(pngB64(g, 120))}" width="8" height="8"/>
</svg>
`;
  }),
  doc(
    'tls-cert-bundle',
    ['precision', 'credential-file'],
    'certs/ca-bundle.pem',
    (k) => `# Acme internal root and intermediate (public certificates; distribute freely)
${k.n(certPem(k.g))}
${k.n(certPem(k.g))}
`,
  ),
  doc(
    'nginx-tls-config',
    ['precision', 'config-syntax'],
    'deploy/nginx/api.conf',
    (k) => `server {
    listen 443 ssl http2;
    server_name api.acme.dev;
    ssl_certificate     /etc/nginx/tls/api.acme.dev.crt;
    ssl_certificate_key /etc/nginx/tls/api.acme.dev.key;
    ssl_trusted_certificate /etc/nginx/tls/ca-bundle.pem;
    ssl_stapling on;
    ssl_session_ticket_key /etc/nginx/tls/ticket.key;
    add_header Strict-Transport-Security "max-age=63072000" always;
    add_header Content-Security-Policy "script-src 'self' 'sha256-${k.n(k.g.base64(43) + '=')}'" always;
    add_header Public-Key-Pins 'pin-sha256="${k.n(k.g.base64(43) + '=')}"; pin-sha256="${k.n(k.g.base64(43) + '=')}"; max-age=5184000';

    location / {
        proxy_pass http://api_upstream;
        proxy_set_header Authorization $http_authorization;
        proxy_set_header X-Request-Id $request_id;
    }
    location /metrics {
        auth_basic "metrics";
        auth_basic_user_file /etc/nginx/.htpasswd;
    }
}
`,
  ),
  doc(
    'authorized-keys-and-known-hosts',
    ['precision', 'credential-file'],
    'ansible/files/authorized_keys',
    (k) => `# Managed by ansible: roles/users. Public keys only.
${k.n(sshEd(k.g, 'lena@laptop'))}
${k.n(sshEd(k.g, 'marco@ws-02'))}
${k.n(sshRsa(k.g, 'ci-deploy@acme'))}
${k.n(`ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${k.g.base64(86)}= backup@nas`)}
${k.n(`sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAI${k.g.base64(43)}AAAABHNzaDo= priya@yubikey`)}
`,
  ),
  doc(
    'pgp-public-key-security-txt',
    ['precision', 'prose'],
    'public/.well-known/security.txt',
    (k) => `Contact: mailto:security@acme.dev
Expires: 2027-01-01T00:00:00.000Z
Encryption: https://acme.dev/pgp-key.txt
Preferred-Languages: en, de
Policy: https://acme.dev/security/disclosure

# Our PGP key (fingerprint ${k.n(
      k.g
        .hex(40)
        .toUpperCase()
        .replace(/(.{4})/g, '$1 ')
        .trim(),
    )}):
${k.n(pgpPublic(k.g))}
`,
  ),
  doc('jwks-json', ['precision', 'config-syntax'], 'public/.well-known/jwks.json', (k) => {
    const g = k.g;
    return `{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "${k.n(g.hex(40))}",
      "n": "${k.n(g.base64url(342))}",
      "e": "${k.n('AQAB')}",
      "x5t": "${k.n(g.base64url(27))}",
      "x5c": ["${k.n(g.base64(600))}"]
    },
    {
      "kty": "EC",
      "use": "sig",
      "alg": "ES256",
      "kid": "${k.n(g.base64url(43))}",
      "crv": "P-256",
      "x": "${k.n(g.base64url(43))}",
      "y": "${k.n(g.base64url(43))}"
    }
  ]
}
`;
  }),
  doc(
    'oidc-config-public-key',
    ['precision', 'config-syntax'],
    'config/oidc.yaml',
    (k) => `issuer: https://auth.acme.dev
audience: api.acme.dev
jwks_uri: https://auth.acme.dev/.well-known/jwks.json
# Pinned verification key for the offline verifier (public half only)
verification_key: |
  ${k.n(publicKeyPem(k.g).split('\n').join('\n  '))}
clock_skew_seconds: 30
client_id: ${k.n(k.g.uuid())}
# confidential client for the back-office service; move to vault before go-live
client_secret: ${k.tok(k.g.base64url(43))}
`,
  ),
  doc('webpack-stats', ['precision', 'logs-and-output'], 'reports/webpack-stats.json', (k) => {
    const g = k.g;
    const chunks = Array.from(
      { length: 6 },
      () => `{"id":${g.digits(3)},"hash":"${k.n(g.hex(20))}","names":["${g.pick(['login', 'settings', 'apiKeys', 'resetPassword', 'vendors'])}"],"files":["static/js/${g.digits(3)}.${k.n(g.hex(8))}.chunk.js"]}`,
    );
    return `{"hash":"${k.n(g.hex(20))}","version":"5.91.0","time":8123,"publicPath":"/","chunks":[${chunks.join(',')}],"assetsByChunkName":{"main":["static/js/main.${k.n(g.hex(8))}.js"]}}
`;
  }),
  doc(
    'email-template-inline-image',
    ['precision', 'code'],
    'templates/email/reset-password.html',
    (k) => `<!doctype html>
<html><body style="font-family:Arial,sans-serif">
  <img alt="Acme" src="data:image/png;base64,${k.n(pngB64(k.g, 300))}" width="120">
  <h1>Reset your password</h1>
  <p>Someone asked to reset the password of {{ user.email }}. If it was you, follow the link below; it expires in 30 minutes.</p>
  <p><a href="{{ base_url }}/reset?token={{ reset_token }}">Choose a new password</a></p>
  <p>Your temporary password is <code>{{ temp_password }}</code>. You will be asked to change it.</p>
  <p style="color:#888">Message id: ${k.n(k.g.uuid())}</p>
</body></html>
`,
  ),
  doc(
    'mobile-config-bundle',
    ['precision', 'config-syntax'],
    'mobile/GoogleService-Info.plist',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>${k.n(`AIza${k.g.base64url(35)}`)}</string>
	<key>GCM_SENDER_ID</key>
	<string>${k.n(k.g.digits(12))}</string>
	<key>BUNDLE_ID</key>
	<string>dev.acme.notes</string>
	<key>PROJECT_ID</key>
	<string>acme-notes-prod</string>
	<key>GOOGLE_APP_ID</key>
	<string>${k.n(`1:${k.g.digits(12)}:ios:${k.g.hex(22)}`)}</string>
	<key>CLIENT_ID</key>
	<string>${k.n(`${k.g.digits(12)}-${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`)}</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>${k.n(`com.googleusercontent.apps.${k.g.digits(12)}-${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`)}</string>
</dict>
</plist>
`,
  ),
  doc(
    'keystore-readme',
    ['precision', 'prose', 'command-line'],
    'android/keystore/README.md',
    (k) => `# Release keystore

The upload keystore lives in the team vault (item "Android upload key"). Its certificate fingerprint,
which is public and also shown in the Play console:

    SHA-256: ${k.n(
      k.g
        .hex(64)
        .toUpperCase()
        .replace(/(..)(?!$)/g, '$1:'),
    )}
    SHA-1:   ${k.n(
      k.g
        .hex(40)
        .toUpperCase()
        .replace(/(..)(?!$)/g, '$1:'),
    )}

To sign locally:

    keytool -list -v -keystore upload.jks -alias upload
    ./gradlew bundleRelease -Pandroid.injected.signing.store.password=${tpw(k)}

(That is the old debug-release keystore password; the real one is only in the vault.)
`,
  ),
];
