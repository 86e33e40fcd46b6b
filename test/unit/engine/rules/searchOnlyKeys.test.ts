// A search-only key (Algolia, Typesense, Meilisearch) is shipped to every browser: prose that names one is no leak,
// while the admin key beside it is. Values built at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x5ea_7c);

const { found: values } = ruleAssertions(scanner);

describe('search-only keys in prose', () => {
  it('leaves a key its sentence calls search-only, finds the admin key in the next line', () => {
    const [pub, pub2, admin] = [g.hex(32), g.hex(32), g.hex(32)];
    const text = `Looks like the wiki has the search-only key (\`${pub}\`) in the admin field.\n\n- search only key: \`${pub2}\`\n- admin key: \`${admin}\`\n`;
    assert.deepEqual(values(text, 'tickets/SEARCH-311.md'), [admin]);
  });
});
