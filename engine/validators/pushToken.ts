// A device's push registration (`APNs device token: …`, `FCM registration token = …`, `expo push token`): the address
// notifications are sent to, public by design. The FCM server key or the APNs auth key that sends them is the
// credential, and a bare `push token` may push to a registry: both stay.
const PUSH_TOKEN_BEFORE = /(?:^|[^A-Za-z])(?:apns|fcm|gcm|(?:device|expo)[ \t_-]{0,3}push)(?:[ \t_-]{1,3}(?:device|registration))?[ \t_-]{1,3}tokens?["'`]?[ \t]{0,3}(?:[:=]|is|was)?[ \t]{0,3}["'`]?$/i;

/** Whether the words just before `start` name a push registration token. */
export function pushTokenBefore(text: string, start: number): boolean {
  return PUSH_TOKEN_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}
