// A local development login whose password repeats its user (`postgres://router:router@localhost/router_dev` in a
// README's example `.env`, `app:app@127.0.0.1`): the throwaway default of a database started on the developer's
// own machine, not a credential anyone chose (rw-dev20).

const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i;

/** Whether the URL password text[start, end) equals the URL's user and the host after it is the local machine. */
export function isLocalEchoLogin(text: string, start: number, end: number): boolean {
  const colon = start - 1;
  if (text.charAt(colon) !== ':') return false;
  const slashes = text.lastIndexOf('//', colon);
  if (slashes < 0 || colon - slashes > 102) return false;
  const user = text.slice(slashes + 2, colon);
  if (user.toLowerCase() !== text.slice(start, end).toLowerCase()) return false;
  const host = /^@([A-Za-z0-9.[\]:_-]{1,253}?)(?=[:/?\s"'`]|$)/.exec(text.slice(end, end + 260))?.[1];
  return host !== undefined && LOCAL_HOST.test(host);
}
