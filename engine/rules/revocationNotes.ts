// Revocation notes that more than one rule gives word for word, kept in one place so they cannot drift apart.
// A leaf module (no imports), so any rule file may import it without an import cycle.

/** For a generic password, key or token: the rule cannot tell who issued it. */
export const GENERIC_SECRET_NOTE = 'A generic secret: change it wherever it is issued (the service, account or database it belongs to).';

/** A secret printed by a command and pasted with it (terminal sessions, log output). */
export const PRINTED_SECRET_NOTE = 'The secret was printed and pasted with the command that read it: rotate it where it is stored, and paste sessions with the output cut.';

/** wp-config.php: the database password and the keys and salts beside it. */
export const WORDPRESS_CONFIG_NOTE = 'Change the database password; replace keys and salts with new ones (this logs every user out).';

/** A private key, armoured or base64-encoded. */
export const PRIVATE_KEY_NOTE =
  'Private keys have no central revocation page: replace the key pair, remove the public key from every authorized_keys / certificate / deploy-key list, and revoke any certificate issued for it with its CA.';

/** A user:password pair encoded for a Basic authorization header. */
export const BASIC_LOGIN_NOTE = 'Change the password at the service the header logs in to, then read it from the environment or a secret store.';

/** A value compiled into an app (decompiled smali fields, Gradle build config fields). */
export const APP_BUNDLED_NOTE = 'Anything compiled into an app can be read back from the APK: revoke the value where it was issued and serve it from a backend.';
