// Values that are a password's stored verifier or an encrypted blob, never the credential itself. One list for
// every check (a keyed value's verdict, a literal argument, the word before a prose value).

/**
 * Stored verifiers: crypt ($1$, $apr1$, $5$, $6$, $y$), bcrypt, argon2, scrypt, phpass ($P$, $H$), Django and
 * passlib forms (`pbkdf2_sha256$`, `bcrypt_sha256$`), LDAP `{SSHA}` and friends, PostgreSQL SCRAM and md5
 * verifiers, MySQL native hashes (`*` and 40 hex digits), Tomcat's `salt$iterations$digest` (CredentialHandler),
 * Transmission's salted SHA-1 (`{` + 40 hex digits + 8 salt characters: settings.json rewrites `rpc-password` so),
 * Magento 2's `hash:salt:version` (`customer_entity.password_hash`, `admin_user.password`; the version says sha256 or argon2id13),
 * GeoServer's `digest1:` (a salted Jasypt digest in `users.xml` of a user group service),
 * Jupyter's `passwd()` output (`sha1:<salt>:<digest>`, `argon2:$argon2id$…`) in `c.NotebookApp.password`.
 */
const PASSWORD_HASH =
  /^(?:\$(?:apr1|1|2[abxy]?|5|6|7|y|gy|P|H|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*|sha\d*|md5)\$|pbkdf2_sha\d+\$|bcrypt(?:_sha256)?\$|argon2\$|sha1\$|md5\$|scrypt[:$]|\{(?:S?SHA\d*|S?MD5|CRYPT|PBKDF2[^}]{0,20}|ARGON2|bcrypt|MD4|NT)\}|SCRAM-SHA-(?:1|256)\$|md5[0-9a-f]{32}$|\*[0-9A-F]{40}$|[0-9a-f]{8,128}\$\d{1,7}\$[0-9a-f]{32,256}$|\{[0-9a-f]{40}[./0-9A-Za-z]{8}$|[0-9a-f]{64}:[A-Za-z0-9]{32}:\d(?:_\d{1,9}){0,3}$|digest1:[A-Za-z0-9+/]{40}|(?:sha1|sha256|sha512|md5):[0-9a-f]{8,64}:[0-9a-f]{32,128}$|argon2:\$argon2)/i;

/** The user before a verifier in an htpasswd line (`admin:$apr1$…`, `BASIC_AUTH_HTPASSWD: admin:$2y$…`). */
const HTPASSWD_USER = /^[\w.@-]{1,64}:(?=[${])/;

/**
 * Encrypted values: a value that says so (`encrypted:` or `ENCRYPTED:` then base64, bare or between `@@` build markers: dotenvx,
 * Lucee, TMS and WMS exports), SOPS `ENC[`, ServiceNow MID Server `encrypt:`, Ansible Vault, Spring Cloud Config `{cipher}`, age and PGP armour, and Windows
 * DPAPI blobs in base64 (`AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA…`: version 1 and the DPAPI provider's GUID, as NuGet's
 * `Password` and PowerShell's `ConvertFrom-SecureString` write them; only the user's machine key opens them), and
 * MuleSoft secure properties (`![base64]`, opened by the `mule.key` given at deploy time), and PAN-OS configuration
 * secrets (`-AQ==` then base64: encrypted with the firewall's master key), and GeoServer's `crypt2:` (strong PBE, opened
 * only by the data directory's keystore; its `crypt1:` uses a published key and stays a finding), and a Remote Desktop
 * file's `password 51:b:` value (a DPAPI blob in hex: `b:` is the binary type, only the saving user's key opens it), and
 * a FRITZ!Box export's `$$$$` values (upper-case letters and digits, encrypted with the box's own key or the export password).
 */
const ENCRYPTED =
  /^(?:ENC\[|\$ANSIBLE_VAULT|!vault|\{cipher\}|encrypted:[A-Za-z0-9+/]{40}|(?:@@)?(?:ENCRYPTED|Encrypted|encrypted):[A-Za-z0-9+/]{24}|encrypt:[A-Za-z0-9+/]{24}|AGE-ENCRYPTED|-----BEGIN (?:PGP|AGE|ENCRYPTED)|AQAAANCMnd8BFdERjHoAwE\/Cl\+sBAAAA[A-Za-z0-9+/]{20}|!\[[A-Za-z0-9+/]{8,}={0,2}\]|-AQ==[A-Za-z0-9+/]{16}|crypt2:[A-Za-z0-9+/]{16}|b:(?:[0-9A-Fa-f]{2}){32}|01000000D08C9DDF0115D1118C7A00C04FC297EB|\$\$\$\$[A-Z0-9]{24})/;

/** A stored password verifier (crypt, bcrypt, argon2, SCRAM, LDAP `{SSHA}`, MySQL native), not the password. */
export function isPasswordHash(value: string): boolean {
  return PASSWORD_HASH.test(value) || PASSWORD_HASH.test(value.replace(HTPASSWD_USER, ''));
}

/** A stored verifier or an encrypted blob. */
export function isHashOrEncrypted(value: string): boolean {
  return isPasswordHash(value) || ENCRYPTED.test(value);
}

/**
 * A subresource-integrity digest (`sha512-<base64>` in npm lockfiles, `npm view … dist.integrity`, `<script
 * integrity>`, pip `--hash=sha256:` aside): a content hash that is published with the package, never a credential.
 */
const INTEGRITY_DIGEST = /^sha(?:256|384|512)-[A-Za-z0-9+/]{43,86}={0,2}$/;

export function isIntegrityDigest(value: string): boolean {
  return INTEGRITY_DIGEST.test(value);
}
