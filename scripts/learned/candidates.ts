// Candidates for a learned second stage (issue 15 experiment, docs/learned-stage.md): spans near a credential
// word that the rules may not report, each described by hashed features. Values never leave this module: a
// candidate carries offsets and feature ids only, so nothing secret can reach a log or a report.
import { passwordVerdict, tokenVerdict } from '../../engine/validators/secretValue';
import { readSecretName } from '../../engine/validators/secretName';
import { fileKind as engineFileKind, genericRulesApply } from '../../engine/validators/fileKind';
import { isCall, isLiteralPassword, isLiteralToken } from '../../engine/validators/literalArgument';
import { lineSaysNotSecret } from '../../engine/validators/notSecretRemark';
import { isPlaceholder, isRegexSource } from '../../engine/validators/placeholder';
import { isHashOrEncrypted } from '../../engine/validators/storedHash';
import { looksRandom, wordCoverage, isWordy } from '../../engine/validators/valueStats';

/** Words that say a credential is near (several languages; the rules' own names are richer, this only gates). */
const KW =
  /pass(?:wor[dt])?|passwd|pwd|kennwort|contrase(?:ñ|n)a|senha|mot de passe|mdp|пароль|密码|密碼|비밀번호|パスワード|şifre|hasło|hasla|jelsz|salasana|wachtwoord|lösenord|adgangskode|passord|heslo|parola|geslo|κωδικ|סיסמ|كلمة|clave|chiave|token|secret|geheim|api[-_ ]?key|\bkey\b|_key\b|key[_-]|\bpin\b|\bpsk\b|login|cred|auth/i;
const DATE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?|v?\d+(?:\.\d+){1,3})$/;

/** Feature space: hashed names into NB buckets (bucket 0 is the bias). */
export const NB = 1 << 15;

export interface Candidate {
  start: number;
  end: number;
  /** Feature ids (hashed), with their values. */
  ids: Int32Array;
  vals: Float32Array;
}

function hash(s: string): number {
  let x = 2166136261;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 16777619);
  }
  return ((x >>> 0) % (NB - 1)) + 1;
}

function shape(v: string): string {
  return v
    .replace(/[A-Z]+/g, 'A')
    .replace(/[a-z]+/g, 'a')
    .replace(/[0-9]+/g, '9')
    .replace(/[^Aa9]+/g, (m) => m[0]!);
}

function entropy(v: string): number {
  const c = new Map<string, number>();
  for (const ch of v) c.set(ch, (c.get(ch) ?? 0) + 1);
  let e = 0;
  for (const n of c.values()) {
    const p = n / v.length;
    e -= p * Math.log2(p);
  }
  return e;
}

export function fileKind(path: string): [string, string] {
  const ext = (/\.([a-z0-9]+)$/i.exec(path)?.[1] ?? '').toLowerCase();
  if (/^(?:md|txt|adoc|org|rst|textile|mediawiki|wiki|eml|mbox|html?|bbcode|log|csv|tsv)$/.test(ext)) return ['prose', ext];
  if (/^(?:json|xml|ya?ml|toml|ini|conf|cfg|properties|env|tf|hcl)$/.test(ext) || /(?:^|\/)\.env/.test(path)) return ['config', ext];
  if (/^(?:sh|bash|zsh|ps1|bat|cmd|fish)$/.test(ext) || /dockerfile$/i.test(path)) return ['shell', ext];
  return ['code', ext];
}

/** Spans worth a look on a line: quoted strings and whitespace tokens (split after a `key=`/`key:`). */
function spansOf(line: string): { s: number; e: number; wrapL: string; wrapR: string; key: string }[] {
  const out: { s: number; e: number; wrapL: string; wrapR: string; key: string }[] = [];
  const seen = new Set<number>();
  const keyBefore = (at: number) => /([\w.$@-]{1,60})["'`\]]?\s*(?::=|=>|==|[=:,(]|\s)\s*["'`]?$/.exec(line.slice(Math.max(0, at - 80), at))?.[1] ?? '';
  for (const m of line.matchAll(/(["'`])([^"'`\n]{4,100})\1/g)) {
    const s = m.index + 1;
    seen.add(s);
    out.push({ s, e: s + m[2]!.length, wrapL: m[1]!, wrapR: m[1]!, key: keyBefore(m.index) });
  }
  for (const m of line.matchAll(/\S+/g)) {
    let s = m.index;
    let raw = m[0];
    let key = '';
    const kv = /^([\w.$@-]{1,60})["'\]]?(?::=|=>|[=:])["']?/.exec(raw);
    if (kv && kv[0].length < raw.length) {
      key = kv[1]!;
      s += kv[0].length;
      raw = raw.slice(kv[0].length);
    }
    const l = /^[([{<"'`*_~|>,;]+/.exec(raw)?.[0].length ?? 0;
    const core = raw.slice(l);
    const r = /[)\]}>"'`*_~|,;:.!?]+$/.exec(core)?.[0].length ?? 0;
    const v = core.slice(0, core.length - r);
    if (v.length < 4 || v.length > 100) continue;
    const vs = s + l;
    if (seen.has(vs)) continue;
    seen.add(vs);
    out.push({ s: vs, e: vs + v.length, wrapL: raw.slice(0, l), wrapR: core.slice(v.length, v.length + 1), key: key || keyBefore(vs) });
  }
  return out;
}

/** Candidates of one file: spans on a line with a credential word or on the line after one. */
export function candidatesOf(text: string, path: string): Candidate[] {
  const out: Candidate[] = [];
  const [kind, ext] = fileKind(path);
  const engineKind = engineFileKind(path);
  const genericApplies = genericRulesApply(path);
  let off = 0;
  /** Lines since the last line with a credential word (a value often sits on the line or two below its label). */
  let sinceKw = 99;
  const reach = Number(process.env.LEARNED_REACH ?? 5);
  let prevLine = '';
  for (const line of text.split('\n')) {
    const hasKw = line.length < 600 && KW.test(line);
    if ((hasKw || sinceKw <= reach) && line.length < 600) {
      const lower = line.toLowerCase();
      const toks = [...line.matchAll(/\S+/g)].map((m) => ({ s: m.index, e: m.index + m[0].length }));
      for (const sp of spansOf(line)) {
        const v = line.slice(sp.s, sp.e);
        if (KW.test(v) && /^[a-z_ -]+$/i.test(v)) continue;
        const F = new Map<number, number>();
        const add = (name: string, val = 1) => {
          const k = hash(name);
          F.set(k, (F.get(k) ?? 0) + val);
        };
        // Value shape.
        const cls = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].map((r) => (r.test(v) ? 1 : 0)).join('');
        const lenB = Math.min(8, Math.floor(v.length / 4));
        add('cls:' + cls);
        add('len:' + lenB);
        add('cls×len:' + cls + lenB);
        const ent = entropy(v);
        add('ent', ent / 5);
        add('entB:' + Math.min(6, Math.floor(ent)));
        add('shape:' + shape(v).slice(0, 10));
        if (DATE.test(v)) add('date');
        if (/^\d+$/.test(v)) add('digits:' + Math.min(v.length, 12));
        if (/^[0-9a-f]{16,}$/i.test(v)) add('hex:' + Math.min(v.length, 64));
        if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(v)) add('uuid');
        if (/@/.test(v)) add('at');
        if (/:\/\//.test(v)) add('url');
        if (/\//.test(v)) add('slash');
        if (/\s/.test(v)) add('space:' + Math.min(v.split(/\s+/).length, 6));
        if (/^[A-Z][a-z]+$/.test(v)) add('Capword');
        if (/^[a-z]+$/.test(v)) add('lowerword');
        if (/^[A-Z_]+$/.test(v)) add('UPPER');
        if (/^[a-z]+[A-Z]/.test(v) || /[a-z][A-Z][a-z]/.test(v)) add('camel');
        if (/^[a-z]+(?:[_-][a-z]+)+$/i.test(v)) add('snake');
        if (/[a-z][0-9]+[^a-z0-9]?$/i.test(v)) add('wordDigits');
        if (/[(){}$<>]/.test(v)) add('codey');
        if (/\$\{|\{\{|%\(|<%/.test(v)) add('template');
        if (/\.[a-z]{2,4}$/.test(v)) add('extlike');
        if (/[a-z]\.[a-z]/i.test(v)) add('dotted');
        if (/^[A-Za-z0-9+/]{16,}={0,2}$/.test(v) && /\d/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v)) add('b64ish');
        if (/(.)\1\1/.test(v)) add('triple');
        if (/x{4,}|\*{3,}|<[a-z_ -]+>|your|example|changeme|placeholder|redacted|dummy/i.test(v)) add('dummyish');
        // The engine's own hand-written judgements, as evidence rather than vetoes.
        if (isPlaceholder(v)) add('placeholder');
        if (isRegexSource(v)) add('regexSource');
        if (isHashOrEncrypted(v)) add('hashOrEncrypted');
        if (looksRandom(v)) add('random');
        if (isWordy(v)) add('wordy');
        add('wordCov:' + Math.round(wordCoverage(v) * 4));
        if (isCall(v)) add('call');
        if (isLiteralPassword(v)) add('literalPassword');
        if (isLiteralToken(v)) add('literalToken');
        if (lineSaysNotSecret(text, off + sp.s, off + sp.e)) add('saysNotSecret');
        add('engineKind:' + engineKind);
        if (!genericApplies) add('noGeneric');
        // Wrapping and the key the value sits under, read by the engine's own name reader and validators.
        add('wl:' + sp.wrapL.slice(-1));
        add('wr:' + sp.wrapR);
        const reading = sp.key ? readSecretName(sp.key) : undefined;
        const kindName = sp.key ? (reading ? reading.kind + (reading.weak ? '-weak' : '') : 'other') : 'none';
        add('key:' + kindName);
        for (const w of sp.key.toLowerCase().split(/[^a-z0-9]+|(?<=[a-z])(?=[A-Z])/)) if (w) add('kw:' + w);
        // Under a secret's name, that name's verdict; elsewhere both verdicts, as if a password's and a token's name.
        const verdict = reading
          ? ((reading.kind === 'password' ? passwordVerdict(v, sp.key, { quote: sp.wrapL.slice(-1) }) : tokenVerdict(v, sp.key, reading.kind, { weak: reading.weak === true })) ?? 'ok')
          : 'pw:' + (passwordVerdict(v, 'password') ?? 'ok') + '|tok:' + (tokenVerdict(v, 'token', 'token') ?? 'ok');
        add('verdict:' + verdict);
        add('verdict×kind:' + verdict + '|' + kind);
        add('keyKind×cls:' + kindName + cls);
        // File kind.
        add('kind:' + kind);
        add('ext:' + ext);
        add('kind×cls:' + kind + cls);
        // Position against credential words (token distance) and the words nearby.
        const ti = toks.findIndex((t) => t.s <= sp.s && sp.s < t.e);
        let kwd = -1;
        for (let k = ti; k >= 0 && k >= ti - 8; k--) {
          const tt = line.slice(toks[k]!.s, k === ti ? sp.s : toks[k]!.e);
          if (KW.test(tt)) {
            kwd = ti - k;
            break;
          }
        }
        add('kwd:' + (kwd < 0 ? 'none' : Math.min(kwd, 6)));
        let kwa = -1;
        for (let k = ti + 1; k < toks.length && k <= ti + 5; k++)
          if (KW.test(line.slice(toks[k]!.s, toks[k]!.e))) {
            kwa = k - ti;
            break;
          }
        add('kwa:' + (kwa < 0 ? 'none' : kwa));
        if (!hasKw) add('linesBelowKw:' + sinceKw);
        if (!hasKw && /[:：]\s*$/.test(prevLine)) add('prevEndsColon');
        if (toks.length === 1) add('alone');
        if (ti === toks.length - 1) add('last');
        add('ntok:' + Math.min(toks.length, 10));
        const before = lower.slice(Math.max(0, sp.s - 40), sp.s);
        const after = lower.slice(sp.e, sp.e + 30);
        for (const w of before.match(/[\p{L}]{2,}/gu) ?? []) add('wb:' + w);
        for (const w of after.match(/[\p{L}]{2,}/gu) ?? []) add('wa:' + w);
        const sepB = /[^\s\w]*\s*$/.exec(line.slice(Math.max(0, sp.s - 6), sp.s))?.[0].trim() ?? '';
        add('sepB:' + sepB.slice(-3));
        if (/^\s*(?:\[|\d{1,2}[:/.])/.test(line)) add('chatline');
        if (/^\s*(?:#|\/\/|--|;|\*|<!--)/.test(line)) add('comment');
        if (/^\s*[-*+]\s|^\s*\d+\.\s|^\s*\|/.test(line)) add('listOrTable');
        if (/(?:^|\s)--?[a-z][\w-]*[= ]["']?$/i.test(line.slice(Math.max(0, sp.s - 40), sp.s))) add('flagBefore');
        F.set(0, 1);
        const ids = new Int32Array(F.size);
        const vals = new Float32Array(F.size);
        let i = 0;
        for (const [k, x] of F) {
          ids[i] = k;
          vals[i++] = x;
        }
        out.push({ start: off + sp.s, end: off + sp.e, ids, vals });
      }
    }
    sinceKw = hasKw ? 1 : sinceKw + 1;
    prevLine = line;
    off += line.length + 1;
  }
  return out;
}
