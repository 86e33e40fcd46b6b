// A sandbox or test login that the comment right above says comes from the provider's documentation
// (`# sandbox user from the developer portal docs` over `sandbox_password: '…'`): the published test account
// every integrator uses, not the shop's own credential (rw-dev16, DHL's Parcel DE sandbox).

/** A comment line (`#`, `//`, `;`) saying what follows is taken from documentation. */
const FROM_DOCS_COMMENT =
  /^[ \t]{0,40}(?:#|\/\/|;)[^\n]{0,80}\b(?:from|per|in|see|aus|laut)[ \t]+(?:the[ \t]+|der[ \t]+|den[ \t]+)?(?:[\w-]{1,20}[ \t]+){0,3}(?:docs|documentation|dokumentation|doku)\b[^\n]{0,60}$/i;

/** The key names a sandbox, test or demo account (`sandbox_password`, `TEST_USER_PASSWORD`, `demoSecret`). */
const namesSandbox = (key: string) =>
  key
    .replace(/([a-z0-9])(?=[A-Z])/g, '$1_')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => w === 'sandbox' || w === 'test' || w === 'demo');

/** Whether the key starting at keyStart names a sandbox login that a comment within the two lines above calls documented. */
export function isDocumentedSandboxLogin(text: string, key: string, keyStart: number): boolean {
  if (!namesSandbox(key)) return false;
  let end = text.lastIndexOf('\n', keyStart - 1);
  for (let line = 0; line < 2 && end > 0; line++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end);
    if (FROM_DOCS_COMMENT.test(above)) return true;
    // Only a sibling key of the same sandbox login may stand between (`sandbox_user:` over `sandbox_password:`).
    if (!namesSandbox(/^[ \t]*([\w.-]{1,60})/.exec(above)?.[1] ?? '')) return false;
    end = start - 1;
  }
  return false;
}
