// Revocation notes that more than one rule gives word for word, kept in one place so they cannot drift apart.
// A leaf module (no imports), so any rule file may import it without an import cycle.

/** For a generic password, key or token: the rule cannot tell who issued it. */
export const GENERIC_SECRET_NOTE = 'A generic secret: change it wherever it is issued (the service, account or database it belongs to).';
