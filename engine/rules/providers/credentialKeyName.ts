// Context rules for providers whose names are everyday words (`polygon`, `streak`, `semaphore`) need the
// assigned name to say it holds a credential too: `POLYGON_API_KEY`, not `polygonPoints`.
const CREDENTIAL_WORD = /key|token|secret|passw|auth|cred/i;

export function namesACredential(keyName: string | undefined): boolean {
  return CREDENTIAL_WORD.test(keyName ?? '');
}
