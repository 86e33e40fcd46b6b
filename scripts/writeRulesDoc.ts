// `npm run docs:rules`: writes docs/rules.md from the built-in rules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { builtinRules } from '../engine';
import { renderRulesDoc } from './renderRulesDoc';

const target = resolve(process.argv[2] ?? 'docs/rules.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderRulesDoc(builtinRules));
console.log(`wrote ${target} (${builtinRules.length} rules)`);
