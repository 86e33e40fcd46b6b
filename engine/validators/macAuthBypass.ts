// MAC Authentication Bypass (MAB): a switch sends the device's MAC address as user name and password, so a RADIUS
// entry whose user is a MAC address and whose password is one (`0ef2e8f9b6b4  Cleartext-Password := "0ef2e8f9b6b4"`)
// holds an address printed on the device, not a secret.

/** A MAC address written bare, with colons or dashes, or in Cisco's dotted form. */
const MAC = /^(?:[0-9A-Fa-f]{12}|[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})$/;

/** A MAC address as a word of its own (the user's field of the line). */
const MAC_WORD = /(?<![0-9A-Za-z:.-])(?:[0-9A-Fa-f]{12}|[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Za-z:.-])/;

/** Whether `value` (starting at `start` in `text`) is a MAC address given to a user its own line names by a MAC address. */
export function isMacAuthBypass(value: string, text: string, start: number): boolean {
  if (!MAC.test(value)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return MAC_WORD.test(text.slice(Math.max(lineStart, start - 300), start));
}
