// Research computing tools whose secrets no key name announces (rw-dev16): Nextflow's secret store
// (`nextflow secrets set NAME VALUE`), `wandb login KEY`, OMERO's `omero login -w X` and `BlitzGateway(user, pw)`,
// a password piped into iRODS `iinit`, xCAT's `passwd` table as `tabdump` prints it, an anaconda.org token in a
// conda channel URL (`/t/<token>/<channel>`) and the Copernicus Climate Data Store key of `.cdsapirc` or
// `cdsapi.Client(key=…)`, a UUID that only the CDS context makes a secret.
import type { MatchContext, Rule } from '../types';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import { looksRandom } from '../validators/valueStats';
import { positionalRule, toolFlagRule } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';

/** The header line `tabdump passwd` prints: what makes quoted CSV rows xCAT's password table. */
const XCAT_PASSWD_HEADER = /^#key,username,password,cryptmethod/m;

function xcatPasswordRow(secret: string, ctx: MatchContext): boolean {
  return XCAT_PASSWD_HEADER.test(ctx.text.slice(Math.max(0, ctx.start - 6000), ctx.start)) && isLiteralPassword(secret) && passwordVerdict(secret, 'password') === undefined;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** An anaconda.org token in a channel path: generated, not a word or a template (`<TOKEN>`, `${TOKEN}`). */
function condaToken(secret: string): boolean {
  return isLiteralToken(secret, 16) && /\d/.test(secret) && looksRandom(secret.replace(/-/g, ''));
}

export const researchToolRules: Rule[] = [
  positionalRule({
    id: 'cli-nextflow-secrets-set',
    description: "Secret stored in Nextflow's secret store on the command line (nextflow secrets set NAME VALUE)",
    envName: 'NXF_SECRET',
    docsUrl: 'https://www.nextflow.io/docs/latest/secrets.html',
    keywords: ['nextflow secrets'],
    // Every value in the store is a secret by the command's own word; NAME is its key.
    lead: `nextflow[ \\t]{1,4}secrets[ \\t]{1,4}(?:set|put)[ \\t]{1,4}(?:-n[ \\t]{1,4})?[A-Za-z_][\\w]{0,60}[ \\t]{1,4}(?:-v[ \\t]{1,4})?`,
    kind: 'password',
    positives: (g) => [`nextflow secrets set LIMS_PASSWORD '${g.s(humanPassword(g))}'`, `$ nextflow secrets set NCBI_API_KEY ${g.s(g.hex(36))}`, `nextflow secrets put -n TOWER_TOKEN -v "${g.s(g.alnum(40))}"`],
    negatives: () => ['nextflow secrets set LIMS_PASSWORD "$LIMS_PASSWORD"', 'nextflow secrets set NCBI_API_KEY <your key>', 'nextflow secrets list', 'nextflow secrets delete LIMS_PASSWORD'],
  }),
  positionalRule({
    id: 'cli-wandb-login-key',
    provider: 'Weights & Biases',
    description: 'Weights & Biases API key given to wandb login on the command line',
    envName: 'WANDB_API_KEY',
    docsUrl: 'https://docs.wandb.ai/ref/cli/wandb-login/',
    keywords: ['wandb login'],
    lead: `wandb[ \\t]{1,4}login(?:[ \\t]{1,4}--(?:relogin|verify|cloud))?(?:[ \\t]{1,4}--host[= ][^\\s]{1,100})?[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`wandb login ${g.s(g.hex(40))}`, `!wandb login --relogin ${g.s(g.hex(40))}`, `wandb login --verify ${g.s(g.hex(40))}`],
    negatives: () => ['wandb login', 'wandb login $WANDB_API_KEY', 'wandb login --relogin', 'wandb login YOUR_API_KEY'],
  }),
  toolFlagRule({
    id: 'cli-omero-login-password',
    description: 'OMERO password given to omero login -w on the command line',
    envName: 'OMERO_PASSWORD',
    docsUrl: 'https://omero.readthedocs.io/en/stable/users/cli/sessions.html',
    tools: ['omero'],
    keywords: ['omero'],
    subcommand: /^\s+(?:login|import)\b/,
    flag: '-w|--password[= ]?',
    value: 'either',
    kind: 'password',
    positives: (g) => [
      `omero login -s omero.example.org -u importer -w ${g.s(humanPassword(g))} -p 4064`,
      `omero login -s localhost -u root -w '${g.s(g.alnum(16))}'`,
      `omero import -s omero.example.org -u me -w ${g.s(g.alnum(14))} /data/plate1`,
    ],
    negatives: () => ['omero login -s omero.example.org -u importer -w $OMERO_PASS', 'omero login -s omero.example.org -u importer', 'omero sessions list -w 120'],
  }),
  {
    id: 'omero-blitzgateway-password',
    provider: 'OMERO',
    family: 'generic',
    priority: 'context',
    description: 'OMERO password given by position to BlitzGateway(username, password, …)',
    keywords: ['blitzgateway'],
    keywordWindow: { before: 0, after: 200 },
    pattern: /BlitzGateway\(\s{0,4}(?:username\s{0,2}=\s{0,2})?["'][^"'\n]{1,64}["']\s{0,4},\s{0,4}(?:passwd\s{0,2}=\s{0,2})?["'](?<secret>[^"'\n]{4,128})["']/,
    skipPlaceholderCheck: false,
    validate: (secret) => isLiteralPassword(secret) && passwordVerdict(secret, 'password') === undefined,
    envName: 'OMERO_PASSWORD',
    severity: 'error',
    docsUrl: 'https://omero.readthedocs.io/en/stable/developers/Python.html',
    revocationUrl: null,
    revocationNote: "Change the OMERO user's password (omero user password or the web admin), then read it from the environment or a prompt.",
    examples: {
      positives: (g) => [`conn = BlitzGateway("analysis", "${g.s(humanPassword(g))}", host="omero.example.org", port=4064, secure=True)`, `conn = BlitzGateway('root', '${g.s(g.alnum(16))}', host='localhost')`],
      negatives: () => [
        'conn = BlitzGateway(user, password, host="omero.example.org")',
        'conn = BlitzGateway("analysis", os.environ["OMERO_PASS"], host=HOST)',
        'conn = BlitzGateway("analysis", "<password>", host=HOST)',
      ],
    },
  },
  {
    id: 'cli-iinit-stdin-password',
    provider: 'iRODS',
    family: 'generic',
    priority: 'context',
    description: 'Password echoed into iRODS iinit (read from standard input)',
    keywords: ['iinit'],
    keywordWindow: { before: 200, after: 8 },
    // iinit comes after the echoed value: look back from it.
    pattern: /(?<![\w.-])(?:echo|printf)[ \t]{1,4}(?:-[en][ \t]{1,4})?["']?(?<secret>[^\s"'`]{1,128})(?=["']?[ \t]{0,4}\|[ \t]{0,4}iinit\b)/,
    skipPlaceholderCheck: false,
    validate: (secret) => isLiteralPassword(secret) && !/^[$%]/.test(secret),
    envName: 'IRODS_PASSWORD',
    severity: 'error',
    docsUrl: 'https://docs.irods.org/master/icommands/user/#iinit',
    revocationUrl: null,
    revocationNote: "Change the iRODS user's password (ipasswd, or your PAM password), then run iinit interactively.",
    examples: {
      positives: (g) => [`echo '${g.s(humanPassword(g))}' | iinit`, `echo ${g.s(g.alnum(16))} | iinit && ils`],
      negatives: () => ['echo "$IRODS_PASSWORD" | iinit', 'iinit', 'echo done | mail -s iinit admin'],
    },
  },
  {
    id: 'xcat-passwd-table-password',
    provider: 'xCAT',
    family: 'credential-file',
    priority: 'context',
    description: 'Password in xCAT\'s passwd table as tabdump prints it ("key","username","password",…)',
    // The header opens the table; its rows follow.
    keywords: ['#key,username,password'],
    keywordWindow: { before: 0, after: 6000 },
    pattern: /^"[\w.-]{1,40}","[^"\n]{0,64}","(?<secret>[^"\n]{1,128})",/m,
    skipPlaceholderCheck: false,
    validate: xcatPasswordRow,
    envName: 'XCAT_PASSWORD',
    severity: 'error',
    docsUrl: 'https://xcat-docs.readthedocs.io/en/stable/guides/admin-guides/references/man5/passwd.5.html',
    revocationUrl: null,
    revocationNote: 'Change the password on the nodes, BMCs or switches the row is for, then update it with chtab or tabedit passwd.',
    examples: {
      positives: (g) => [
        `#key,username,password,cryptmethod,authdomain,comments,disable\n"system","root","${g.s(humanPassword(g))}",,,,\n"ipmi","ADMIN","${g.s(g.alnum(14))}",,,,\n`,
        `# tabdump passwd\n#key,username,password,cryptmethod,authdomain,comments,disable\n"switch","admin","${g.s(g.alnum(16))}",,,,\n`,
      ],
      negatives: (g) => [
        '#key,username,password,cryptmethod,authdomain,comments,disable\n"system","root","<password>",,,,\n',
        // Without the table's header, quoted CSV rows are any data.
        `"system","root","${g.alnum(14)}",,,,\n`,
      ],
    },
  },
  {
    id: 'anaconda-channel-token',
    provider: 'Anaconda',
    family: 'package-registry',
    priority: 'context',
    description: 'anaconda.org access token in a conda channel URL (https://conda.anaconda.org/t/<token>/<channel>)',
    keywords: ['anaconda.org/t/', 'anaconda.cloud/t/'],
    keywordWindow: { before: 0, after: 120 },
    pattern: /anaconda\.(?:org|cloud)\/t\/(?<secret>[A-Za-z0-9][A-Za-z0-9-]{14,78}[A-Za-z0-9])(?=\/)/,
    skipPlaceholderCheck: false,
    validate: condaToken,
    envName: 'ANACONDA_TOKEN',
    severity: 'error',
    docsUrl: 'https://docs.anaconda.com/anacondaorg/user-guide/tasks/work-with-accounts/#creating-access-tokens',
    revocationUrl: 'https://anaconda.org/settings/access',
    examples: {
      positives: (g) => [
        `channels:\n  - conda-forge\n  - https://conda.anaconda.org/t/${g.s(`${g.lower(2)}-${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`)}/private-chan\n`,
        `conda install -c https://conda.anaconda.org/t/${g.s(g.alnum(30))}/lab mypkg`,
      ],
      negatives: () => ['  - https://conda.anaconda.org/t/<TOKEN>/private-chan', '  - https://conda.anaconda.org/t/${ANACONDA_TOKEN}/private-chan', 'https://conda.anaconda.org/conda-forge/linux-64/'],
    },
  },
  {
    id: 'copernicus-cds-api-key',
    provider: 'Copernicus CDS',
    family: 'saas',
    priority: 'context',
    description: 'Copernicus Climate/Atmosphere Data Store API key (.cdsapirc key, cdsapi.Client(key=…))',
    keywords: ['copernicus.eu', 'cdsapi'],
    keywordWindow: { before: 200, after: 300 },
    // `.cdsapirc`: `key: <UID>:<UUID>` (legacy CDS) or `key: <UUID>`; in code the client's `key=` argument, maybe
    // JSON-escaped inside a notebook.
    pattern: new RegExp(`(?<![\\w-])key(?:[ \\t]{0,2}:[ \\t]{0,4}|[ \\t]{0,2}=[ \\t]{0,2}\\\\?["'])(?:\\d{1,10}:)?(?<secret>${UUID})(?![\\w-])`, 'i'),
    skipPlaceholderCheck: false,
    // A docs' zero or repeated UUID is a placeholder.
    validate: (secret) => new Set(secret.replace(/-/g, '')).size > 6,
    envName: 'CDSAPI_KEY',
    severity: 'error',
    docsUrl: 'https://cds.climate.copernicus.eu/how-to-api',
    revocationUrl: 'https://cds.climate.copernicus.eu/profile',
    examples: {
      positives: (g) => [
        `url: https://cds.climate.copernicus.eu/api/v2\nkey: ${g.digits(6)}:${g.s(g.uuid())}\n`,
        `url: https://cds.climate.copernicus.eu/api\nkey: ${g.s(g.uuid())}\n`,
        `import cdsapi\nc = cdsapi.Client(url="https://cds.climate.copernicus.eu/api", key="${g.s(g.uuid())}")`,
      ],
      negatives: (g) => [
        'url: https://cds.climate.copernicus.eu/api\nkey: <PERSONAL-ACCESS-TOKEN>\n',
        `import cdsapi\nc = cdsapi.Client()\nc.retrieve("reanalysis-era5-single-levels", {"request_id": "${g.uuid()}"})`,
        `url: https://cds.climate.copernicus.eu/api\nkey: 00000000-0000-0000-0000-000000000000\n`,
      ],
    },
  },
  {
    id: 'seqera-platform-access-token',
    provider: 'Seqera Platform',
    family: 'saas',
    priority: 'prefix',
    description: 'Seqera Platform (Nextflow Tower) personal access token (TOWER_ACCESS_TOKEN, tower.accessToken)',
    // The token opens with base64 of `{"tid": ` (the token id's claim), then the rest of the id and a hex secret.
    keywords: ['eyj0awqioi'],
    pattern: /(?<![A-Za-z0-9+/._-])(?<secret>eyJ0aWQiOi[A-Za-z0-9+/]{2,24}={0,2}(?:\.[0-9a-f]{32,64}|[A-Za-z0-9+/]{40,120}={0,2}))(?![A-Za-z0-9+/=._-])/,
    // A JWT's payload (`.eyJ0aWQiOi…` after a header) is excluded by the look-behind; the body must not be a run of one character.
    validate: (secret) => new Set(secret.slice(10)).size > 10,
    envName: 'TOWER_ACCESS_TOKEN',
    severity: 'error',
    docsUrl: 'https://docs.seqera.io/platform-cloud/api/overview#authentication',
    revocationUrl: 'https://cloud.seqera.io/tokens',
    examples: {
      positives: (g) => [
        `export TOWER_ACCESS_TOKEN=${g.s(`eyJ0aWQiOiA${g.digits(4)}fQ==.${g.hex(40)}`)}`,
        `tower {\n  accessToken = '${g.s(`eyJ0aWQiOiA${g.alnum(6)}fQ==.${g.hex(40)}`)}'\n  enabled = true\n}`,
        `NXF_HOME=/scratch/nf\nTOWER_ACCESS_TOKEN=${g.s(`eyJ0aWQiOiA${g.alnum(4)}fS4${g.base64(64).replace(/[+/=]/g, 'x')}`)}\n`,
      ],
      negatives: (g) => [
        'export TOWER_ACCESS_TOKEN=<your token from Your tokens page>',
        'export TOWER_ACCESS_TOKEN=eyJ0aWQiOiA',
        // A JWT whose payload starts with the same claim is the jwt rule's.
        // Joined at run time so this file's own text holds no header-shaped token.
        `Authorization: Bearer ${['eyJhbGciOiJIUzI1NiJ9', `eyJ0aWQiOiA${g.alnum(40)}`, g.base64url(43)].join('.')}`,
      ],
    },
  },
];
