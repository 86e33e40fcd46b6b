// Checks Rule.matchStarts declarations on real files: every position where a declaring rule's pattern matches
// must lie where the declaration says matches can start (test/unit/engine/detect/matchStarts.test.ts does the
// same on the rules' examples and the quality corpora). `node out/bench/matchStartsCheck.js DIR...`; prints
// each undeclared start (file and offset, no text) and exits 1 if there is one.
import { KeywordPrefilter } from '../engine/detect/prefilter';
import { builtinRules } from '../engine/rules';
import { readText } from '../workspace/readFile';
import { walkFiles } from '../workspace/walk';

async function main(): Promise<void> {
  const rules = builtinRules.filter((r) => r.matchStarts);
  const checks = rules.map((rule) => ({
    rule,
    re: new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '') + 'g'),
    prefilter: new KeywordPrefilter(
      rule.matchStarts!.map((g) => [...g.words]),
      rule.matchStarts!.map((g) => ({ before: g.before, after: 0 })),
    ),
  }));
  let files = 0;
  let matches = 0;
  let missed = 0;
  for (const root of process.argv.slice(2)) {
    for await (const file of walkFiles(root, { gitignore: false })) {
      const read = readText(file.absolute);
      if ('skipped' in read) continue;
      files++;
      for (const text of [read.text, ...(read.alternates ?? [])]) {
        for (const { rule, re, prefilter } of checks) {
          const { spans } = prefilter.match(text);
          const lists = rule.matchStarts!.map((_, i) => spans.get(i) ?? []);
          const declared = (p: number) => lists.some((l) => l.some((v, k) => k % 2 === 0 && v <= p && p < l[k + 1]!));
          re.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = re.exec(text)) !== null) {
            matches++;
            if (!declared(m.index)) {
              missed++;
              console.log(`${rule.id}: undeclared start at ${file.absolute}:${m.index}`);
            }
            re.lastIndex = m.index + 1;
          }
        }
      }
    }
  }
  console.log(`${files} files, ${rules.length} rules, ${matches} match starts, ${missed} undeclared`);
  process.exitCode = missed > 0 ? 1 : 0;
}

void main();
