// Column (banking API): keys are `live_` or `test_` + 27 characters; "column" is a common word, so the name must say Column API.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const columnRules: Rule[] = [
  contextRule({
    id: 'column-api-key',
    provider: 'Column',
    family: 'payments',
    description: 'Column API key',
    names: ['column[_-]?(?:api|secret)'],
    keywords: ['column-api', 'column-secret', 'column_api', 'column_secret', 'columnapi', 'columnsecret'],
    value: '(?:live|test)_[A-Za-z0-9]{27}',
    maskPrefix: /^(?:live|test)_/,
    envName: 'COLUMN_API_KEY',
    docsUrl: 'https://column.com/docs/api/#authentication',
    revocationUrl: null,
    revocationNote: 'Roll the key in the Column dashboard (Developers → API keys).',
    sample: (g) => `live_${g.alnum(27)}`,
    negatives: (g) => [`COLUMN_API_KEY="live_${g.alnum(20)}"` /* short */, `COLUMN_API_KEY="prod_${g.alnum(27)}"` /* unknown environment */],
  }),
];
