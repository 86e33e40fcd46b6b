// A remark right after a key that calls it the public key, in the writer's language: the public half of a pair
// (Amplitude's API key beside its secret key, a WireGuard or SSH public key) is shared on purpose.

/**
 * `X, 공개키라 괜찮아요`, `X (public key, fine to share)`, `X – clé publique`: a comma, bracket or dash right after the
 * value, then within a few words a public-key phrase. Only the phrase for a public key: `public` alone after a value
 * is as often `don't make it public`.
 */
const PUBLIC_KEY_REMARK =
  /^["'`”»]{0,2}[ \t]{0,3}(?:[,，、;(（]|[—–-][ \t])[^\n]{0,40}?(?:(?<![\p{L}])(?<!\bnot[ \t]|\bno[ \t])public[ \t-]key|공개[ \t]?키|公開鍵|公钥|公鑰|公開金鑰|публичн\p{L}{0,3}[ \t]ключ|открыт\p{L}{0,3}[ \t]ключ|cl[ée][ \t]publique|clave[ \t]p[úu]blica|chave[ \t]p[úu]blica|chiave[ \t]pubblica|öffentliche[rn]?[ \t]schl[üu]ssel|klucz[ \t]publiczny|publieke[ \t]sleutel)/iu;

export function publicKeyRemarkAfter(text: string, end: number): boolean {
  return PUBLIC_KEY_REMARK.test(text.slice(end, end + 80));
}
