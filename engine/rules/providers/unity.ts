// Unity: an Editor licence serial (`E3-XXXX-XXXX-XXXX-XXXX-XXXX`, `SC-…` for Pro seats) as CI activates it, in
// game-ci's `UNITY_SERIAL` or after the Editor's `-serial` flag (`Unity -quit -batchmode -serial X -username …`).
import { isStandIn } from '../../validators/literalArgument';
import type { ExampleGen, Rule } from '../../types';

const serial = (g: ExampleGen) => `${g.pick(['E3', 'SC', 'F3'])}-${Array.from({ length: 5 }, () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)).join('-')}`;

export const unityRules: Rule[] = [
  {
    id: 'unity-license-serial',
    provider: 'Unity',
    family: 'saas',
    priority: 'context',
    description: 'Unity Editor licence serial under UNITY_SERIAL or after the Editor’s -serial flag',
    // Not `serial` alone: it is in every `Serializable` of code.
    keywords: ['unity_serial', 'unityserial', '-serial'],
    keywordWindow: { before: 16, after: 60 },
    pattern: /(?:UNITY_SERIAL|unity_serial|unitySerial|(?<![\w-])-serial)["']?(?:[ \t]{0,4}[:=][ \t]{0,4}|[ \t]{1,4})["']?(?<secret>[A-Z0-9]{2}-[A-Z0-9]{4}(?:-[A-Z0-9]{4}){4})(?![A-Za-z0-9-])/,
    validate: (secret) => !isStandIn(secret) && !/X{4}/.test(secret),
    envName: 'UNITY_SERIAL',
    severity: 'error',
    docsUrl: 'https://docs.unity3d.com/Manual/ManagingYourUnityLicense.html',
    revocationUrl: 'https://id.unity.com/en/subscriptions',
    revocationNote: 'Return the seat and ask Unity support or your organisation’s admin to reissue the serial; keep it in the CI secret store.',
    examples: {
      positives: (g) => [
        `- uses: game-ci/unity-builder@v4\n  env:\n    UNITY_SERIAL: ${g.s(serial(g))}\n`,
        `/opt/unity/Editor/Unity -quit -batchmode -nographics -serial ${g.s(serial(g))} -username "ci@studio.dev" -password "$UNITY_PASSWORD"`,
      ],
      negatives: () => ['UNITY_SERIAL: ${{ secrets.UNITY_SERIAL }}', 'Unity -quit -batchmode -serial XX-XXXX-XXXX-XXXX-XXXX-XXXX -username me', 'Unity -quit -batchmode -serial $UNITY_SERIAL'],
    },
  },
];
