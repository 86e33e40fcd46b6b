// A planted project for `hush fix` tests (a value in JavaScript, Python and an AWS credentials file, the last
// a two-part credential), built from a seeded generator, and a snapshot of a tree to compare runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../engine/examples';

const g = createExampleGen(1901);
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Each call plants new values. */
export function plantedProject() {
  const stripe = `sk_live_${g.alnum(24)}`;
  const github = g.crc32Token('ghp_', 30);
  const awsId = `AKIA${g.chars(BASE32, 16)}`;
  const awsSecret = g.base64(40);
  const files = {
    'src/pay.js': `const stripe = require('stripe')("${stripe}");\nmodule.exports = stripe;\n`,
    'tools/sync.py': `import requests\nGITHUB_TOKEN = "${github}"\n`,
    'aws/credentials': `[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSecret}\n`,
  };
  return { files, values: { stripe, github, awsId, awsSecret } };
}

/** Every file under `root` (but .git) → its text. */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      if (name === '.git') continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
      else out.set(`${rel}${name}`, readFileSync(full, 'utf8'));
    }
  };
  walk(root, '');
  return out;
}
