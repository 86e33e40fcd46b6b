// OSS/BSS and billing developers: mediation CDR collectors over SFTP, Oracle BRM and Amdocs connection files,
// JasperReports, number portability gateways, SIM provisioning (Ki/OPc in HSS dumps, ADM keys), batch jobs in
// JCL, VBA and SQL; CDR ids, IMSIs, ICCIDs and account numbers fill the same files.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_BILLING_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-brm-infranet-properties',
    ['config-syntax', 'precision'],
    'brm/sys/cm/Infranet.properties',
    (k) => `infranet.connection=pcp://root.0.0.0.1:${k.spw()}@brm-cm01.bss.internal:11960/service/admin_client 1
infranet.login.type=1
infranet.log.file=javapcm.log
infranet.log.level=1
infranet.failover.1=pcp://root.0.0.0.1:${k.n('&aes|' + k.g.hex(64))}@brm-cm02.bss.internal:11960/service/admin_client 1
infranet.pcp.ssl.enabled=false
`,
  ),

  tDoc(
    'telecom-mediation-sftp-collector',
    ['config-syntax', 'precision'],
    'mediation/collectors/msc-sftp.yaml',
    (k) => `collectors:
  - name: msc-01-cdr
    protocol: sftp
    host: ${T.ipv4(k.g, '10.110')}
    port: 22
    username: cdrpull
    password: ${k.gpw()}
    remote_dir: /export/cdr/ttfile
    pattern: "TTFILE*.DAT"
    delete_after_fetch: false
  - name: ggsn-02-cdr
    protocol: sftp
    host: ${T.ipv4(k.g, '10.110')}
    username: cdrpull
    private_key: /opt/mediation/keys/ggsn02_ed25519
    passphrase: ${k.phrase()}
  - name: sms-c-edr
    protocol: ftp
    url: ftp://smsc:${k.cs()}@${T.ipv4(k.g, '10.110')}/edr/
checksum_algorithm: sha256  # last file: ${k.n(T.sha256(k.g))}
`,
  ),

  tDoc('telecom-hss-subscriber-dump', ['logs-and-output', 'precision'], 'exports/hss/lab-subscribers.csv', (k) => {
    const rows = Array.from(
      { length: 4 },
      () => `${k.n(T.imsi(k.g))},${k.n(T.msisdn(k.g).replace('+', ''))},${k.n(T.iccid(k.g))},${k.s('token', T.ki(k.g), 'SIM Ki')},${k.s('token', T.ki(k.g), 'SIM OPc')},${k.g.digits(1)}`,
    );
    return `imsi,msisdn,iccid,ki,opc,amf_profile\n${rows.join('\n')}\n`;
  }),

  tDoc(
    'telecom-open5gs-subscriber-script',
    ['command-line', 'precision'],
    'lab/open5gs/add-subscribers.sh',
    (k) => `#!/bin/bash
# test SIMs programmed with pySim for the private 5G lab
./open5gs-dbctl add ${k.n(T.imsi(k.g))} ${k.s('token', T.ki(k.g), 'SIM Ki')} ${k.s('token', T.ki(k.g), 'SIM OPc')}
./open5gs-dbctl add ${k.n(T.imsi(k.g))} ${k.s('token', T.ki(k.g), 'SIM Ki')} ${k.s('token', T.ki(k.g), 'SIM OPc')}
./open5gs-dbctl type ${k.n(T.imsi(k.g))} 1
# pySim: ADM1 key of the sysmoISIM batch
./pySim-prog.py -p0 -t sysmoISIM-SJA2 -a ${k.s('password', k.g.digits(8))} -x 001 -y 01 -i ${k.n(T.imsi(k.g))} -s ${k.n(T.iccid(k.g))}
`,
  ),

  tDoc(
    'telecom-mnp-gateway-java',
    ['code', 'defaults-in-code', 'precision'],
    'mnp-gateway/src/main/java/net/carrier/mnp/ClearinghouseClient.java',
    (k) => `package net.carrier.mnp;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;

/** Number portability clearinghouse client (port-in / port-out requests). */
public class ClearinghouseClient {
    private static final String BASE = "https://np-clearinghouse.example/api/v3";
    private static final String OPERATOR_CODE = "${k.n(k.g.digits(5))}";
    private static final String API_USER = "carrier-mnp";
    private static final String API_PASSWORD = System.getProperty("mnp.password", "${k.gpw()}");

    public HttpRequest portIn(String msisdn, String donorCode) {
        String auth = java.util.Base64.getEncoder().encodeToString((API_USER + ":" + API_PASSWORD).getBytes());
        return HttpRequest.newBuilder(URI.create(BASE + "/portin?msisdn=" + msisdn))
            .header("Authorization", "Basic " + auth)
            .header("X-Request-Id", "${k.n(k.g.uuid())}")
            .build();
    }
}
`,
  ),

  tDoc(
    'telecom-billing-jcl-batch',
    ['code', 'config-syntax', 'precision'],
    'mainframe/BILLRUN.jcl',
    (k) => `//BILLRUN  JOB (ACCT${k.g.digits(4)}),'MONTHLY BILL RUN',CLASS=A,MSGCLASS=X,
//             USER=BILLBAT,PASSWORD=${k.s('password', k.g.upper(3) + k.g.digits(3) + k.g.pick(['#', '@', '$']) + k.g.upper(1))}
//STEP010  EXEC PGM=CDRRATE
//CDRIN    DD DSN=PROD.CDR.DAILY(0),DISP=SHR
//RATED    DD DSN=PROD.CDR.RATED(+1),DISP=(NEW,CATLG),SPACE=(CYL,(500,100))
//SYSIN    DD *
  CYCLE=${k.g.digits(2)}
  DBUSER=RATEUSR DBPASS=${k.s('password', k.g.upper(4) + k.g.digits(4))}
/*
//* last successful run id ${k.n(T.cdrId(k.g))}
`,
  ),

  tDoc(
    'telecom-vba-cdr-report',
    ['code', 'defaults-in-code', 'precision'],
    'reports/CDR_Monthly.bas',
    (k) => `Attribute VB_Name = "CDR_Monthly"
' Pulls the interconnect CDR summary from the billing DB into the sheet
Sub RefreshInterconnect()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=OraOLEDB.Oracle;Data Source=BILLPRD;User Id=rpt_reader;Password=${k.cs()};"
    Set rs = cn.Execute("SELECT partner, SUM(duration) FROM ic_cdr WHERE month = '2026-02' GROUP BY partner")
    Sheets("IC").Range("A2").CopyFromRecordset rs
    ' partner account for Orange: ${k.n(T.account(k.g))}
    cn.Close
End Sub
`,
  ),

  tDoc(
    'telecom-jasper-datasource-xml',
    ['config-syntax', 'precision'],
    'jasperreports/WEB-INF/js-datasource.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
  <bean id="billingDataSource" class="org.apache.commons.dbcp2.BasicDataSource">
    <property name="driverClassName" value="oracle.jdbc.OracleDriver"/>
    <property name="url" value="jdbc:oracle:thin:@billing-scan.bss.internal:1521/BILLPRD"/>
    <property name="username" value="JASPER_RO"/>
    <property name="password" value="${k.spw()}"/>
  </bean>
  <bean id="cdrDataSource" class="org.apache.commons.dbcp2.BasicDataSource">
    <property name="url" value="jdbc:postgresql://cdr-dw.bss.internal:5432/cdr"/>
    <property name="username" value="reports"/>
    <property name="password" value="${k.n('${cdr.db.password}')}"/>
  </bean>
</beans>
`,
  ),

  tDoc(
    'telecom-amdocs-sql-plus-script',
    ['command-line', 'code', 'precision'],
    'scripts/billing/fix_dunning.sh',
    (k) => `#!/bin/sh
# one-off fix for accounts stuck in dunning (${k.n(T.ticket(k.g))})
sqlplus -s ABPAPP/${k.cs()}@ABPPRD <<SQL
UPDATE billing_account SET dunning_state = 'NONE'
 WHERE ban IN ('${k.n(T.account(k.g))}', '${k.n(T.account(k.g))}');
COMMIT;
SQL
# ban list hash for the audit trail: ${k.n(T.sha1(k.g))}
`,
  ),

  tDoc(
    'telecom-r-churn-analysis',
    ['code', 'precision'],
    'analytics/churn_model.R',
    (k) => `library(DBI)
library(RPostgres)

con <- dbConnect(Postgres(),
  host = "dw.bss.internal", dbname = "analytics",
  user = "analyst_ro", password = "${k.hpw()}")

usage <- dbGetQuery(con, "SELECT msisdn_hash, arpu, dropped_calls FROM usage_monthly")
# msisdn_hash is sha256(msisdn || salt), e.g. ${k.n(T.sha256(k.g))}
model <- glm(churned ~ arpu + dropped_calls, data = usage, family = binomial)
`,
  ),

  tDoc(
    'telecom-sim-order-output-file',
    ['credential-file', 'precision'],
    'sim-vendor/out/ORDER_' + '2026_03.out',
    (k) => `*HEADER DESCRIPTION
Customer: MVNO-EXAMPLE
Quantity: 3
Type: USIM 128K
Profile: ${k.n('P' + k.g.digits(4))}
Batch: ${k.n(k.g.upper(2) + k.g.digits(6))}
Transport_key: ${k.u(k.g.digits(2))}
*INPUT VARIABLES
Ser_nb: ${k.n(T.iccid(k.g))}
IMSI: ${k.n(T.imsi(k.g))}
*OUTPUT VARIABLES
ICCID IMSI KI OPC PIN1 PUK1 ADM1
${k.n(T.iccid(k.g))} ${k.n(T.imsi(k.g))} ${k.s('token', T.ki(k.g).toUpperCase(), 'SIM Ki')} ${k.s('token', T.ki(k.g).toUpperCase(), 'SIM OPc')} ${k.n('0000')} ${k.u(k.g.digits(8))} ${k.s('password', k.g.digits(8))}
${k.n(T.iccid(k.g))} ${k.n(T.imsi(k.g))} ${k.s('token', T.ki(k.g).toUpperCase(), 'SIM Ki')} ${k.s('token', T.ki(k.g).toUpperCase(), 'SIM OPc')} ${k.n('0000')} ${k.u(k.g.digits(8))} ${k.s('password', k.g.digits(8))}
`,
  ),
];
