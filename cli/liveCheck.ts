// `hush scan --verify`: after the scan, each distinct key that has a validity check is looked up once (the
// per-user cache first), the requests still to send are listed, and only once confirmed are they sent. The
// results change each finding: LIVE is an error, a key the provider rejected is one step down (still
// listed), unknown changes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scanner } from '../engine';
import { LineIndex } from '../engine/lineIndex';
import { isNotCheckable, partsOf, planCheck, severityWithValidity, verifierFor, type PlannedRequest, type Validity } from '../engine/verify';
import type { LiveChecker } from '../verify';
import type { ReportedFinding } from '../workspace/types';

export interface VerifyRun {
  /** Folder the findings' paths are relative to. */
  base: string;
  /** Finds the values again (the report holds none). */
  scanner: Scanner;
  checker: LiveChecker;
  /** Shown the requests to send; true to send them. */
  confirm(plans: readonly PlannedRequest[]): Promise<boolean>;
  recheck?: boolean;
  /** Progress and notes (stderr). */
  log(line: string): void;
}

/** The findings with their validity (where known) and adjusted severity. */
export async function verifyFindings(findings: readonly ReportedFinding[], run: VerifyRun): Promise<ReportedFinding[]> {
  const firstOf = new Map<string, ReportedFinding>();
  for (const f of findings) if (verifierFor(f.ruleId) && !firstOf.has(f.fingerprint)) firstOf.set(f.fingerprint, f);
  if (firstOf.size === 0) {
    run.log('hush: --verify: none of the findings is a kind of key Hush can check');
    return [...findings];
  }
  const results = new Map<string, Validity>();
  const toSend: PlannedRequest[] = [];
  const where = new Map<string, string>();
  for (const [fp, f] of firstOf) {
    const known = run.recheck ? undefined : run.checker.known(fp);
    if (known) {
      results.set(fp, known);
      continue;
    }
    const plan = planFor(f, run);
    if (isNotCheckable(plan)) {
      run.log(`hush: ${f.file}:${f.line} ${f.masked}: not checked: ${plan.notCheckable}`);
      continue;
    }
    toSend.push(plan);
    where.set(fp, `${f.file}:${f.line}`);
  }
  if (results.size > 0) run.log(`hush: ${results.size} key${results.size === 1 ? '' : 's'} checked in the last 24 hours: cached results used (--recheck asks again)`);
  if (toSend.length > 0) {
    run.log(`hush: --verify will send ${toSend.length} request${toSend.length === 1 ? '' : 's'}, one per key, each to the provider's own API:`);
    for (const p of toSend) run.log(`  ${p.endpoint}\n      ${p.carries}  (${where.get(p.fingerprint)}, ${p.fingerprint})${p.caveat ? `\n      note: ${p.caveat}` : ''}`);
    if (await run.confirm(toSend)) {
      const checked = await Promise.all(toSend.map((p) => run.checker.check(p, { recheck: run.recheck })));
      toSend.forEach((p, i) => results.set(p.fingerprint, checked[i]!));
    } else {
      run.log('hush: nothing was sent.');
    }
  }
  const counts = { live: 0, rejected: 0, unknown: 0 };
  for (const v of results.values()) counts[v.state]++;
  if (results.size > 0) run.log(`hush: validity: ${counts.live} live, ${counts.rejected} rejected by the provider, ${counts.unknown} unknown`);
  return findings.map((f) => {
    const v = results.get(f.fingerprint);
    return v ? { ...f, severity: severityWithValidity(f.severity, v), validity: v } : f;
  });
}

/** The request for one finding: its file is read and scanned again to get the value back. */
function planFor(f: ReportedFinding, run: VerifyRun): ReturnType<typeof planCheck> {
  let text: string;
  try {
    text = readFileSync(resolve(run.base, f.file), 'utf8');
  } catch (e) {
    return { notCheckable: `cannot read the file again (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const lines = new LineIndex(text);
  const found = run.scanner.scan(text, { path: f.file }).find((x) => x.fingerprint === f.fingerprint && lines.position(x.start).line + 1 === f.line);
  if (!found) return { notCheckable: 'the file changed since the scan' };
  return planCheck({
    ruleId: found.ruleId,
    fingerprint: found.fingerprint,
    masked: found.masked,
    secret: text.slice(found.start, found.end),
    text,
    start: found.start,
    end: found.end,
    parts: partsOf(found, text),
  });
}
