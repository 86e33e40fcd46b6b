// Files finance is full of that look like secrets and mostly are not: CSV exports of payments and trades, statement
// files, security master extracts, reconciliation reports, allocation files, key ceremonies with public parts only,
// and config with references. A few real secrets hide among them.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_PRECISION_DOCS: RealWorldDoc[] = [
  fDoc('payments-export-csv', ['precision'], 'exports/payments_2026-03-05.csv', (k) => {
    const rows = Array.from({ length: 6 }, () => `${k.n(F.uetr(k.g))},${k.n(F.iban(k.g))},${k.n(F.bic(k.g))},${k.g.digits(4)}.${k.g.digits(2)},EUR,${k.n('E2E' + k.g.digits(12))},ACSC`);
    return `uetr,creditor_iban,creditor_bic,amount,ccy,end_to_end_id,status\n${rows.join('\n')}\n`;
  }),

  fDoc('security-master-extract', ['precision'], 'data/secmaster/extract_20260305.psv', (k) => {
    const rows = Array.from(
      { length: 6 },
      () => `${k.n(F.isin(k.g))}|${k.n(F.cusip(k.g))}|${k.n('BBG' + k.g.chars('0123456789BCDFGHJKLMNPQRSTVWXYZ', 9))}|${k.n(F.lei(k.g))}|BOND|${k.g.digits(1)}.${k.g.digits(3)}`,
    );
    return `ISIN|CUSIP|FIGI|ISSUER_LEI|TYPE|COUPON\n${rows.join('\n')}\n`;
  }),

  fDoc(
    'recon-report-md',
    ['precision', 'prose'],
    'reports/recon/2026-03-04-nostro.md',
    (k) => `# Nostro reconciliation – 4 March 2026

| Account | Currency | Ledger | Statement | Break |
|---|---|---|---|---|
| ${k.n(F.iban(k.g))} | EUR | 12,441,002.19 | 12,441,002.19 | 0.00 |
| ${k.n(F.iban(k.g))} | GBP | 3,001,224.00 | 2,998,224.00 | 3,000.00 |
| ${k.n(F.account(k.g))} (${k.n(F.sortCode(k.g))}) | GBP | 88,410.55 | 88,410.55 | 0.00 |

Statement file MT940 checksum: ${k.n(F.sha256(k.g))}
Open break reference: ${k.n(F.tradeId(k.g))}, investigated under ${k.n(F.ticket(k.g))}.
`,
  ),

  fDoc(
    'key-ceremony-record',
    ['precision', 'prose'],
    'compliance/hsm/key-ceremony-2026-02.md',
    (k) => `# HSM key ceremony – PIN verification key (PVK) rotation

Participants: custodian A, custodian B, witness (internal audit).
- New key check value (KCV): ${k.n(k.g.hex(6).toUpperCase())}
- Component 1 KCV: ${k.n(k.g.hex(6).toUpperCase())}, component 2 KCV: ${k.n(k.g.hex(6).toUpperCase())}
- Key stored under LMK as ${k.n('U' + k.g.hex(32).toUpperCase())}
- Public part of the signing key:

${k.n(F.pubPem(k.g))}

Components were entered on the HSM console and never written down. Envelope seal numbers ${k.n(k.g.digits(8))}, ${k.n(k.g.digits(8))}.
`,
  ),

  fDoc('allocation-file-fix-csv', ['precision'], 'allocations/alloc_20260305_EQ.csv', (k) => {
    const rows = Array.from({ length: 5 }, () => `${k.n(F.orderId(k.g))},${k.n(F.tradeId(k.g))},${k.n('FND' + k.g.digits(4))},${k.g.digits(5)},${k.n(F.isin(k.g))},${k.n(F.account(k.g))}`);
    return `ClOrdID,TradeID,Fund,Qty,ISIN,CustodyAccount\n${rows.join('\n')}\n`;
  }),

  fDoc(
    'pgp-public-key-bank',
    ['precision'],
    'keys/bank-payments-public.asc',
    (k) => `Fingerprint: ${k.n(F.pgpFingerprint(k.g))}
${k.n(`-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINB${k.g.base64(60)}\n${Array.from({ length: 8 }, () => k.g.base64(64)).join('\n')}\n=${k.g.base64(4)}\n-----END PGP PUBLIC KEY BLOCK-----`)}
`,
  ),

  fDoc(
    'config-with-references-only',
    ['precision', 'config-syntax'],
    'settlement/config/application.yml',
    (k) => `settlement:
  db:
    url: jdbc:postgresql://pg-settle:5432/settle
    username: settle_app
    password: ${k.n('${SETTLE_DB_PASSWORD}')}
  clearing:
    endpoint: https://clearing.example/api
    api-key: ${k.n('${vault:secret/settlement/clearing#api_key}')}
    client-cert-password: ${k.n('${CLEARING_P12_PASSWORD:}')}
  bic: ${k.n(F.bic(k.g))}
  lei: ${k.n(F.lei(k.g))}
  cutoff: "16:00"
  idempotency-header: ${k.n('Idempotency-Key')}
`,
  ),

  fDoc(
    'card-test-data-readme',
    ['precision', 'prose'],
    'cards/test-data/README.md',
    (k) => `# Test data for the card authorisation simulator

Use the public scheme test PANs only: ${k.n(F.testPan(k.g))}, ${k.n(F.testPan(k.g))}. Any future expiry, CVV \`${k.n('123')}\`.
Masked PANs in logs look like ${k.n(F.maskedPan(k.g))}. Tokens from the vault look like ${k.n('tkn_' + k.g.hex(24))} and are not
usable outside the PCI zone. ARQC samples: ${k.n(k.g.hex(16).toUpperCase())}.

The simulator's admin password in the sandbox is ${k.gpw()} – production uses SSO.
`,
  ),

  fDoc('insurance-bordereau-csv', ['precision'], 'bordereaux/2026-02_property.csv', (k) => {
    const rows = Array.from(
      { length: 6 },
      () => `${k.n(F.policyNo(k.g))},${k.n(F.claimNo(k.g))},2026-02-${String(k.g.digits(1) === '0' ? 10 : 11)},${k.g.digits(5)}.00,GBP,${k.n('UMR B' + k.g.digits(4) + k.g.upper(2) + k.g.digits(6))}`,
    );
    return `policy_number,claim_number,loss_date,paid,currency,umr\n${rows.join('\n')}\n`;
  }),

  fDoc(
    'password-policy-doc',
    ['precision', 'prose'],
    'policies/IT-SEC-07-password-standard.md',
    (k) => `# IT-SEC-07 Password standard (banking applications)

- Minimum 14 characters; passphrases such as "${k.n('correct horse battery staple')}" are allowed for humans.
- Service accounts: 32 random characters generated by the vault, never typed.
- Example of a **forbidden** password: \`${k.n('Password123!')}\`, \`${k.n('Bank2024')}\`, \`${k.n('Welcome1')}\`.
- Form fields must be labelled "${k.n('Password')}" / "${k.n('Confirm password')}" (i18n keys \`${k.n('auth.password.label')}\`).
- Hashing: argon2id, e.g. \`${k.n('$argon2id$v=19$m=65536,t=3,p=4$' + k.g.base64(22) + '$' + k.g.base64(43))}\`.
`,
  ),

  fDoc(
    'statement-camt053-xml',
    ['precision'],
    'samples/camt053_sample.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${k.n('STMT' + k.g.digits(14))}</MsgId><CreDtTm>2026-03-05T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${k.n(k.g.hex(16).toUpperCase())}</Id>
      <Acct><Id><IBAN>${k.n(F.iban(k.g))}</IBAN></Id><Svcr><FinInstnId><BICFI>${k.n(F.bic(k.g))}</BICFI></FinInstnId></Svcr></Acct>
      <Ntry><Amt Ccy="EUR">1500.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
        <NtryDtls><TxDtls><Refs><EndToEndId>${k.n('E2E' + k.g.digits(12))}</EndToEndId><UETR>${k.n(F.uetr(k.g))}</UETR></Refs></TxDtls></NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
`,
  ),

  fDoc(
    'vba-workbook-with-sheet-password',
    ['precision', 'code'],
    'finance-tools/FXRevaluation.bas',
    (k) => `Attribute VB_Name = "FXRevaluation"
Option Explicit
' Revalues open FX positions at the ECB rate. Rates sheet is protected so the rates cannot be overwritten.

Private Const RATES_SHEET As String = "Rates"
Private Const PASSWORD_PROMPT As String = "${k.n('Please enter the workbook password')}"

Public Sub Revalue()
    Dim pw As String
    pw = InputBox(PASSWORD_PROMPT)
    Sheets(RATES_SHEET).Unprotect Password:=pw
    ' ... revaluation ...
    Sheets(RATES_SHEET).Protect Password:=pw
    Sheets("Log").Range("A1").Value = "${k.n(F.tradeId(k.g))}"
End Sub
`,
  ),
];
