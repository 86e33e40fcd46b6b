// `hush incident report <fingerprint|FILE:LINE> [PATH...]`: the evidence to keep before rotating a leaked
// key, written as JSON and Markdown (report/incidentReport.ts): provider, masked value, fingerprint, first
// commit, pushed refs and remotes, every place found, the validity result and the history-purge commands.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isNotCheckable, partsOf, planCheck, validityMessage, type Validity } from '../../engine/verify';
import { LiveChecker, ValidityCache, defaultCachePath } from '../../verify';
import { gatherIncidentEvidence } from '../../workspace/incidentEvidence';
import { makeScanner } from '../../workspace/scanFile';
import { incidentReportJson, incidentReportMarkdown } from '../../report/incidentReport';
import { askYesNo, isInteractive, requireConsentPossible } from '../confirm';
import { resolveTarget, ruleOf, searchConfig } from '../target';
import { parseCommandArgs, UsageError } from '../usage';
import { progressLine, searchRoots } from './where';

export async function incidentCommand(args: readonly string[], version: string): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'report') throw new UsageError(`unknown incident command "${sub ?? ''}": hush incident report <fingerprint|FILE:LINE> [PATH...]`);
  const parsed = parseCommandArgs({
    args: rest,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o', default: '.' },
      'no-history': { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      recheck: { type: 'boolean', default: false },
    },
  });
  const { values, positionals } = parsed;
  const [what, ...paths] = positionals;
  if (!what) throw new UsageError('incident report needs a fingerprint or FILE:LINE');
  if (values.verify) requireConsentPossible(values.yes!, isInteractive());
  const { target, note } = resolveTarget(what);
  if (note) process.stderr.write(`hush: ${note}\n`);
  const roots = searchRoots(paths);
  const f = target.finding;
  const rule = ruleOf(target.ruleId, target.dir);
  const fingerprint = target.fingerprint ?? `unknown-rule:${target.valueHash}`;

  const checker = new LiveChecker({ cache: new ValidityCache(defaultCachePath()) });
  let validity: Validity | null = checker.last(fingerprint) ?? null;
  if (values.verify) {
    if (!f || !target.text) process.stderr.write('hush: --verify needs FILE:LINE (the value itself); the report shows the last cached result\n');
    else {
      const plan = planCheck({
        ruleId: f.ruleId,
        fingerprint: f.fingerprint,
        masked: f.masked,
        secret: target.text.slice(f.start, f.end),
        text: target.text,
        start: f.start,
        end: f.end,
        parts: partsOf(f, target.text),
      });
      if (isNotCheckable(plan)) process.stderr.write(`hush: not checked: ${plan.notCheckable}\n`);
      else if (!values.recheck && checker.known(plan.fingerprint)) validity = checker.known(plan.fingerprint)!;
      else {
        process.stderr.write(`hush: --verify will send 1 request to the provider's own API:\n  ${plan.endpoint}\n      ${plan.carries}${plan.caveat ? `\n      note: ${plan.caveat}` : ''}\n`);
        if (values.yes || (await askYesNo('Send this request?'))) validity = await checker.check(plan, { recheck: values.recheck });
        else process.stderr.write('hush: nothing was sent.\n');
      }
    }
  }

  const progress = progressLine();
  const { evidence, problems } = await gatherIncidentEvidence({
    secret: {
      provider: f?.provider ?? rule?.provider ?? 'Unknown',
      ruleId: f?.ruleId ?? rule?.id ?? target.ruleId ?? 'unknown',
      description: f?.description ?? rule?.description ?? 'secret',
      masked: f?.masked ?? '…',
      fingerprint,
      envName: f?.envName ?? rule?.envName,
      revocationUrl: rule?.revocationUrl ?? null,
      ...(rule?.revocationNote ? { revocationNote: rule.revocationNote } : {}),
    },
    search: {
      roots,
      valueHash: target.valueHash,
      value: f && target.text ? target.text.slice(f.start, f.end) : undefined,
      scannerFor: (dir) => makeScanner(searchConfig(dir)),
      history: !values['no-history'],
      onProgress: progress,
    },
    reportedAt: target.reportedAt,
    validity,
    version,
    now: new Date(),
  });
  if (progress) process.stderr.write('\r\x1b[2K');
  // A fingerprint or hash given alone: the places found say what the secret looks like.
  if (!f && evidence.places[0]) {
    evidence.secret.masked = evidence.places[0].masked;
    if (!target.fingerprint && evidence.places[0].fingerprint) evidence.secret.fingerprint = evidence.places[0].fingerprint;
  }
  mkdirSync(values.output!, { recursive: true });
  const stem = join(values.output!, `hush-incident-${target.valueHash}`);
  writeFileSync(`${stem}.json`, incidentReportJson(evidence));
  writeFileSync(`${stem}.md`, incidentReportMarkdown(evidence));
  for (const p of problems) process.stderr.write(`hush: ${p}\n`);
  const shown = (p: string) => relative(process.cwd(), p) || p;
  process.stdout.write(
    `Incident report for ${evidence.secret.provider} ${evidence.secret.masked} (${evidence.secret.fingerprint}): ${evidence.places.length} place${evidence.places.length === 1 ? '' : 's'}` +
      `${evidence.firstCommit ? `, first committed in ${evidence.firstCommit.sha.slice(0, 7)}` : ''}` +
      `${evidence.pushed.remoteBranches.length > 0 ? `, pushed to ${evidence.pushed.remoteBranches.join(', ')}` : ''}` +
      `${validity ? `, ${validityMessage(validity)}` : ''}.\n  ${shown(`${stem}.md`)}\n  ${shown(`${stem}.json`)}\n`,
  );
  return 0;
}
