// Palo Alto Networks PAN-OS: the XML/REST API key `type=keygen` returns (base64 opening `LUFRPT`, found in rw-dev15's
// backup scripts and keygen answers pasted into them).
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const paloaltoRules: Rule[] = [
  tokenRule({
    id: 'paloalto-panos-api-key',
    provider: 'Palo Alto Networks',
    family: 'infrastructure',
    description: 'PAN-OS API key (from type=keygen)',
    prefix: 'LUFRPT',
    body: '[A-Za-z0-9+/]{50,200}={0,2}',
    end: 'A-Za-z0-9+/=',
    envName: 'PANOS_API_KEY',
    docsUrl: 'https://docs.paloaltonetworks.com/pan-os/11-1/pan-os-panorama-api/get-started-with-the-pan-os-xml-api/get-your-api-key',
    revocationUrl: null,
    revocationNote: "Change the API user's password (or expire all API keys under Device → Setup → Management) and generate a new key.",
    sample: (g) => `LUFRPT${g.base64(g.pick([50, 74, 90]))}==`,
  }),
];
