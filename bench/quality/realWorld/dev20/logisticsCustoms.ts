// Customs and trade compliance: US ACE/ABI filer credentials, UK CDS (HMRC Developer Hub OAuth), German ATLAS
// certificates, AES filings and broker portals. EORI and VAT numbers, MRNs, entry numbers and HS codes are public or
// business identifiers, never secrets.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_CUSTOMS_DOCS: RealWorldDoc[] = [
  lDoc('logistics-hmrc-cds-oauth-env', ['config-syntax', 'precision'], 'customs-declarations/.env.prod', (k) => {
    return `# HMRC Developer Hub - application "CDS Declarations (prod)"
HMRC_CLIENT_ID=${k.n(k.g.alnum(28))}
HMRC_CLIENT_SECRET=${k.s('token', k.g.uuid())}
HMRC_SERVER_TOKEN=${k.tok()}
HMRC_API_BASE=https://api.service.hmrc.gov.uk
DECLARANT_EORI=${k.n(L.eori(k.g))}
# Government Gateway user for the CDS financial dashboard (not API)
GG_USER_ID=${k.n(k.g.digits(12))}
GG_PASSWORD=${k.hpw()}
`;
  }),

  lDoc('logistics-ace-abi-filer-notes', ['prose', 'precision'], 'docs/customs/ace-abi.md', (k) => {
    return `# ACE / ABI filing (US import) - how we do it

- Filer code: ${k.n(k.g.upper(3))} (public on every entry, fine to share)
- ABI software: our broker module talks to CBP via the VAN (ABI host connection, userid ${k.n('ABI' + k.g.digits(4))})
- ACE Secure Data Portal: trade account owner is Mike; the shared "entry writer" login is
  \`entrywriter.${k.g.lower(4)}\` / \`${k.pw()}\` (yes, we know, see audit finding 2026-07)
- Entry numbers look like ${k.n(k.g.upper(3) + '-' + k.g.digits(7) + '-' + k.g.digits(1))}; importer of record numbers are EINs with
  a suffix (${k.n(k.g.digits(2) + '-' + k.g.digits(7) + '00')}). Neither is a secret.
- ISF (10+2) must be filed 24 h before loading; the ISF bond number is ${k.n(k.g.digits(9))}.
- HTS lookups: ${k.n(L.hs(k.g))} for the bike parts.
`;
  }),

  lDoc('logistics-atlas-certificate-config', ['config-syntax', 'credential-file', 'precision'], 'zoll/atlas/connector.properties', (k) => {
    return `# ATLAS-Anbindung über den Zoll-Teilnehmer-Server (Softwarehersteller: Dakosy)
atlas.participant.eori=${k.n(L.eori(k.g))}
atlas.participant.niederlassung=${k.n('0000')}
atlas.endpoint=https://atlas-ib.zoll.de/ws/
atlas.keystore.path=/etc/atlas/zertifikat-2026.p12
atlas.keystore.password=${k.spw()}
atlas.keystore.alias=${k.n('atlas-' + k.g.digits(6))}
atlas.truststore.password=${k.n('changeit')}
atlas.mail.smtp.user=atlas@spedition-nord.de
atlas.mail.smtp.password=${k.pw()}
# Bezugsnummer (MRN) Beispiel: ${k.n('26DE' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13) + k.g.digits(1))}
`;
  }),

  lDoc('logistics-aes-export-filing-python', ['code', 'precision'], 'customs/aes_filer.py', (k) => {
    return `"""AESDirect filing through the broker's API (EEI for shipments over $2,500 per Schedule B)."""
import os

import httpx

BROKER_URL = "https://api.brokerlink.example/v3/aes"
BROKER_API_KEY = os.environ.get("BROKER_API_KEY", "${k.tok()}")  # fallback for the cron box


def file_eei(shipment):
    payload = {
        "usppi_ein": "${k.n(k.g.digits(9))}",
        "ultimate_consignee": shipment.consignee,
        "schedule_b": shipment.schedule_b,
        "port_of_export": "5301",
        "itn_expected": True,
    }
    r = httpx.post(BROKER_URL, json=payload, headers={"X-Api-Key": BROKER_API_KEY}, timeout=45)
    r.raise_for_status()
    return r.json()["itn"]  # e.g. ${k.n('X' + k.g.digits(14))}
`;
  }),

  lDoc('logistics-customs-broker-chat-pl', ['prose', 'precision'], 'chat/celnik-teams-export.txt', (k) => {
    return `[08:12] Agnieszka (Odprawy celne): Dzień dobry, mamy zatrzymaną przesyłkę ${k.n(L.awb(k.g))} na Okęciu
[08:13] Agnieszka (Odprawy celne): potrzebuję dostępu do PUESC dla naszego EORI ${k.n(L.eori(k.g))}
[08:15] Tomasz (IT): konto techniczne do PUESC: login spedycja.waw, hasło ${k.hpw()}
[08:15] Tomasz (IT): certyfikat do podpisu jest na pendrive w sejfie, PIN ${k.s('password', k.g.digits(6))}
[08:20] Agnieszka (Odprawy celne): dzięki, działa. Numer MRN: ${k.n('26PL' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 14))}
[08:21] Tomasz (IT): usuń proszę hasło z tego czatu po skopiowaniu :)
`;
  }),

  lDoc('logistics-customs-descartes-ci-yaml', ['config-syntax', 'precision'], '.gitlab-ci.yml', (k) => {
    return `stages: [test, deploy]

variables:
  CUSTOMS_API_URL: https://customs-gw.descartes.example/api
  CUSTOMS_API_USER: svc_customs_ci
  # moved to CI/CD settings, but the old value is still here for the nightly job:
  CUSTOMS_API_PASSWORD: "${k.gpw()}"
  EORI: "${k.n(L.eori(k.g))}"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - echo "$DEPLOY_KEY" | base64 -d > ~/.ssh/id_ed25519
    - ansible-playbook -i inventory/prod deploy.yml -e "customs_api_password=$CUSTOMS_API_PASSWORD"
  only: [main]
`;
  }),

  lDoc('logistics-tariff-lookalikes-csv', ['logs-and-output', 'precision'], 'exports/import-entries-2026-03.csv', (k) => {
    const row = () => `${k.n(L.eori(k.g))},${k.n(L.vat(k.g))},${k.n(L.hs(k.g))},${k.n(L.container(k.g))},${k.n('26NL' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 14))},${k.n(k.g.hex(40))}`;
    return `importer_eori,vat_id,hs_code,container,mrn,document_sha1
${row()}
${row()}
${row()}
${row()}
`;
  }),
];
