// rw-dev10 app part: JVM applications (Spring Boot YAML/properties, Java, Kotlin, Scala, Maven, Gradle, Android).
import type { RealWorldDoc } from '../types';
import { adoc } from './appValues';

export const APP_JVM_DOCS: RealWorldDoc[] = [
  adoc(
    'spring-application-yml',
    ['config-syntax', 'defaults-in-code'],
    'src/main/resources/application-prod.yml',
    (k) => `server:
  port: 8443
  ssl:
    key-store: classpath:keystore.p12
    key-store-password: ${k.hpw()}
    key-store-type: PKCS12
    key-alias: ${k.n('tomcat')}

spring:
  datasource:
    url: jdbc:postgresql://pg-prod-01.brightline.io:5432/orders?sslmode=require
    username: orders_rw
    password: \${DB_PASSWORD:${k.gpw()}}
  rabbitmq:
    host: mq.brightline.io
    username: orders
    password: '${k.hpw()}'
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: ${k.prov('sendgrid', 'sendgrid')}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: ${k.n('orders-backend')}
            client-secret: ${k.tok(k.g.alnum(32))}
            scope: openid,profile

jwt:
  secret: ${k.tok(k.g.base64(64))}
  expiration-ms: 86400000

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
`,
  ),

  adoc(
    'spring-properties-legacy',
    ['config-syntax'],
    'src/main/resources/application.properties',
    (k) => `# ===============================
# = DATA SOURCE  (Oracle, legacy billing)
# ===============================
spring.datasource.url=jdbc:oracle:thin:@//ora-bill.halden.local:1521/BILLPDB
spring.datasource.username=BILL_APP
spring.datasource.password=${k.hpw()}
spring.datasource.driver-class-name=oracle.jdbc.OracleDriver

# second datasource for reporting
reporting.datasource.jdbc-url=jdbc:sqlserver://sql-rep01;databaseName=Reporting;user=rep_reader;password=${k.cs()};encrypt=true
reporting.datasource.password=

# Jasypt: encrypted value, key comes from -Djasypt.encryptor.password
billing.sftp.password=${k.n(`ENC(${k.g.base64(44)})`)}
jasypt.encryptor.password=${k.phrase()}

# SOAP partner
partner.soap.user = HALDEN_WS
partner.soap.pass = ${k.letters()}
partner.soap.endpoint = https://b2b.partner-bank.example/ws/v2

app.ui.label.password=${k.n('Passwort')}
app.ui.label.password.repeat=${k.n('Passwort wiederholen')}
`,
  ),

  adoc(
    'java-jdbc-dao',
    ['code'],
    'src/main/java/com/acme/inventory/dao/ConnectionFactory.java',
    (k) => `package com.acme.inventory.dao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Quick and dirty connection factory until we move to Hikari.
 * @author pgarcia
 */
public final class ConnectionFactory {
    private static final String URL = "jdbc:mysql://inv-db.acme.local:3306/inventory?useSSL=false&serverTimezone=UTC";
    private static final String USER = "inv_app";
    private static final String PASS = "${k.hpw()}";
    // old password kept for the failover box which is not migrated yet
    private static final String PASS_FAILOVER = "${k.hpw()}";

    private ConnectionFactory() {}

    public static Connection open(boolean failover) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", failover ? PASS_FAILOVER : PASS);
        return DriverManager.getConnection(URL, p);
    }

    public static Connection openReporting() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://rep.acme.local/rep", "reporter", "${k.gpw()}");
    }
}
`,
  ),

  adoc(
    'kotlin-android-buildconfig',
    ['code', 'config-syntax'],
    'app/build.gradle.kts',
    (k) => `plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "jp.kumo.travel"
    compileSdk = 34

    defaultConfig {
        applicationId = "jp.kumo.travel"
        minSdk = 24
        targetSdk = 34
        versionCode = ${k.n('412')}
        versionName = "${k.n('4.12.0')}"
        buildConfigField("String", "MAPS_API_KEY", "\\"${k.n('AIza' + k.g.base64url(35))}\\"") // restricted to our package, fine
        buildConfigField("String", "BACKEND_CLIENT_SECRET", "\\"${k.tok(k.g.hex(40))}\\"")
        buildConfigField("String", "ANALYTICS_WRITE_KEY", "\\"${k.tok(k.g.alnum(32))}\\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keys/kumo-release.jks")
            storePassword = "${k.hpw()}"
            keyAlias = "kumo"
            keyPassword = "${k.hpw()}"
        }
    }
}
`,
  ),

  adoc(
    'gradle-properties-home',
    ['config-syntax', 'credential-file'],
    'gradle.properties',
    (k) => `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official

# Nexus (internal)
nexusUsername=deploy-bot
nexusPassword=${k.gpw()}
# Sonatype OSSRH
ossrhUsername=m.kowalski
ossrhPassword=${k.hpw()}
signing.keyId=${k.n(k.g.hex(8).toUpperCase())}
signing.password=${k.phrase()}
signing.secretKeyRingFile=/home/mk/.gnupg/secring.gpg
`,
  ),

  adoc(
    'maven-settings-xml',
    ['config-syntax', 'credential-file'],
    '.mvn/settings.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>artifactory-releases</id>
      <username>ci-publisher</username>
      <password>${k.gpw()}</password>
    </server>
    <server>
      <id>artifactory-snapshots</id>
      <username>ci-publisher</username>
      <!-- encrypted with mvn -ep, master in ~/.m2/settings-security.xml -->
      <password>${k.n(`{${k.g.base64(44)}}`)}</password>
    </server>
    <server>
      <id>github</id>
      <username>pelikan-bot</username>
      <password>${k.prov('github', 'github')}</password>
    </server>
    <server>
      <id>docker-hub</id>
      <username>pelikan</username>
      <password>${k.n('${env.DOCKERHUB_TOKEN}')}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>sonar</id>
      <properties>
        <sonar.host.url>https://sonar.pelikan.com.br</sonar.host.url>
        <sonar.login>${k.pv('sonarqube', 'squ_' + k.g.hex(40))}</sonar.login>
      </properties>
    </profile>
  </profiles>
</settings>
`,
  ),

  adoc(
    'kotlin-ktor-client',
    ['code', 'http-auth'],
    'src/main/kotlin/de/nordwind/tracking/CarrierClient.kt',
    (k) => `package de.nordwind.tracking

import io.ktor.client.*
import io.ktor.client.plugins.auth.*
import io.ktor.client.plugins.auth.providers.*
import io.ktor.client.request.*

object CarrierClient {
    // DHL Parcel DE API — Sandbox-Zugang steht im Confluence, das hier ist PROD
    private const val DHL_API_KEY = "${k.tok(k.g.alnum(32))}"
    private const val DHL_USER = "nordwind_prod"
    private const val DHL_PASS = "${k.hpw()}"
    private val geoKey: String = System.getenv("GEO_KEY") ?: "${k.tok()}"

    val client = HttpClient {
        install(Auth) {
            basic {
                credentials { BasicAuthCredentials(username = DHL_USER, password = DHL_PASS) }
                sendWithoutRequest { true }
            }
        }
    }

    suspend fun track(id: String) = client.get("https://api-eu.dhl.com/parcel/de/tracking/v0/shipments?trackingNumber=$id") {
        header("dhl-api-key", DHL_API_KEY)
        header("X-Correlation-Id", "${k.n(k.g.uuid())}")
    }
}
`,
  ),

  adoc(
    'scala-akka-conf',
    ['config-syntax', 'defaults-in-code'],
    'src/main/resources/application.conf',
    (k) => `akka {
  loglevel = "INFO"
  http.server.idle-timeout = 60s
}

db {
  default {
    driver = "org.postgresql.Driver"
    url = "jdbc:postgresql://localhost/ledger"
    user = "ledger"
    password = "${k.hpw()}"
    password = ${k.n('${?LEDGER_DB_PASSWORD}')}
  }
}

play.http.secret.key = "${k.tok(k.g.base64(48))}"
play.http.secret.key = ${k.n('${?APPLICATION_SECRET}')}

kafka {
  sasl.jaas.config = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"ledger\\" password=\\"${k.gpw()}\\";"
}

pagerduty.routing-key = "${k.tok(k.g.hex(32))}"
`,
  ),

  adoc(
    'java-hardcoded-crypto',
    ['code'],
    'src/main/java/com/vintra/sso/TokenCrypto.java',
    (k) => `package com.vintra.sso;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

public class TokenCrypto {
    // AES-256 key shared with the PHP side (see legacy/sso.php). DO NOT CHANGE without changing both!
    private static final byte[] KEY = Base64.getDecoder().decode("${k.b64(44)}");
    private static final String HMAC_KEY = "${k.hex(64)}";
    private static final IvParameterSpec IV = new IvParameterSpec(new byte[16]);
    /** Not a secret, the public salt for the cookie name. */
    private static final String COOKIE_SALT = "${k.n('vintra-sso-cookie-v2')}";

    public static String encrypt(String plain) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), IV);
        return Base64.getEncoder().encodeToString(c.doFinal(plain.getBytes()));
    }
}
`,
  ),

  adoc(
    'spring-test-properties',
    ['config-syntax', 'precision'],
    'src/test/resources/application-test.properties',
    (k) => `# Test profile - Testcontainers starts the DB, these values are throwaway
spring.datasource.url=jdbc:tc:postgresql:15:///orders
spring.datasource.username=${k.n('test')}
spring.datasource.password=${k.n('test')}
jwt.secret=${k.n('dGVzdC1zZWNyZXQtZm9yLXVuaXQtdGVzdHMtb25seQ==')}
stripe.api-key=${k.n('sk_test_dummy')}
app.admin.password=${k.n('${ADMIN_PASSWORD}')}
app.hash.sample=${k.n('$argon2id$v=19$m=65536,t=3,p=4$' + k.g.base64(22) + '$' + k.g.base64(43))}
# real sandbox key, because the mock server does not support webhooks - ask Priya before removing
payment.sandbox.webhook-secret=${k.pv('stripe-webhook', 'whsec_' + k.g.alnum(32))}
`,
  ),

  adoc(
    'log4j-smtp-appender',
    ['config-syntax'],
    'src/main/resources/log4j2.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <PatternLayout pattern="${k.n('%d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg%n')}"/>
    </Console>
    <SMTP name="Mail" subject="[billing] ERROR" to="oncall@orbis.pl" from="billing@orbis.pl"
          smtpHost="smtp.orbis.pl" smtpPort="587" smtpUsername="billing@orbis.pl" smtpPassword="${k.hpw()}" bufferSize="50"/>
    <Http name="Loki" url="https://logs.orbis.pl/loki/api/v1/push">
      <Property name="Authorization" value="Basic ${k.basic('billing')}"/>
      <JsonLayout/>
    </Http>
  </Appenders>
  <Loggers>
    <Root level="info"><AppenderRef ref="Console"/><AppenderRef ref="Mail" level="error"/></Root>
  </Loggers>
</Configuration>
`,
  ),
];
