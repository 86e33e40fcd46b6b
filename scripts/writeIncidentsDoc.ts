// `npm run docs:incidents`: refreshes the table of validity checks in docs/incidents.md (between its markers)
// from engine/verify/verifiers.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VERIFIERS } from '../engine/verify';
import { TABLE_END, TABLE_START, verifierTableMarkdown } from '../report/verifierTable';

const target = resolve(process.argv[2] ?? 'docs/incidents.md');
const doc = readFileSync(target, 'utf8');
const start = doc.indexOf(TABLE_START);
const end = doc.indexOf(TABLE_END);
if (start < 0 || end < start) throw new Error(`${target}: the table markers are missing`);
writeFileSync(target, doc.slice(0, start) + verifierTableMarkdown() + doc.slice(end + TABLE_END.length));
console.log(`wrote the table of ${VERIFIERS.length} validity checks in ${target}`);
