// Inline suppression comments, ours and other tools', so nobody writes the same exclusion twice.

/** Markers that suppress a finding on the same line. */
const SAME_LINE = /hush:allow(?!-next-line)|gitleaks:allow|pragma:\s*allowlist[ -]secret|secretlint-disable-line|ggignore|trufflehog:ignore|nosec(?:\b|$)/i;

/** Markers that suppress a finding on the following line. */
const NEXT_LINE = /hush:allow-next-line|pragma:\s*allowlist[ -]nextline[ -]secret|secretlint-disable-next-line/i;

/** The line text containing the finding's start and the line before it decide. */
export function isSuppressed(line: string, previousLine: string | undefined): boolean {
  if (SAME_LINE.test(line)) return true;
  return previousLine !== undefined && NEXT_LINE.test(previousLine);
}

/** Cheap check so files without any marker skip per-finding line lookups. */
export function mayContainSuppression(text: string): boolean {
  return /hush:allow|gitleaks:allow|allowlist|secretlint-disable|ggignore|trufflehog:ignore|nosec/i.test(text);
}
