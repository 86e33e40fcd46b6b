// A test runner's result line (`--- PASS: TestClient (0.31s)` from `go test -v`, `PASS: name (0.02s)`): the
// upper-case `PASS` there is a verdict, not a password's label. A bare `PASS: X` at a line's start is left a label:
// people write `USER: admin` / `PASS: X` in notes.

/** True when the `PASS` label at `labelAt` follows go test's `--- `, or the value after it is followed by a duration. */
export function isTestResultPass(text: string, label: string, labelAt: number, valueEnd: number): boolean {
  if (label !== 'PASS' || labelAt < 0) return false;
  return /(?:^|\n)[ \t]{0,8}---[ \t]$/.test(text.slice(Math.max(0, labelAt - 12), labelAt)) || /^[ \t]{1,3}\([0-9.]{1,8}m?s\)/.test(text.slice(valueEnd, valueEnd + 16));
}
