// rw-dev7 code: the JVM family — JUnit parameter sources, Java Map.of / Map.ofEntries / builders split over lines,
// Kotlin, Scala and Groovy DSLs (Gradle, Jenkinsfile), Spring, Quarkus and Micronaut properties, HOCON.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev7-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const JVM_DOCS: RealWorldDoc[] = [
  d(
    'junit-csvsource-login',
    ['code'],
    'src/test/java/com/acme/auth/LoginServiceTest.java',
    (c) => `package com.acme.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginServiceTest {

    private final LoginService service = TestBeans.loginService();

    @ParameterizedTest(name = "{0} can sign in")
    @CsvSource({
        "ops.admin,     ${c.pw()}",
        "billing.batch, ${c.gpw()}",
        "'qa runner',   '${c.phrase()}'"
    })
    void knownUsersSignIn(String user, String password) {
        assertThat(service.login(user, password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${c.n('')}", "${c.n('short')}", "${c.n('password')}", "${c.n('12345678')}"})
    void weakPasswordsAreRejected(String candidate) {
        assertThat(service.validate(candidate).errors()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        # user        | password
        svc-reporting | ${c.hpw()}
        svc-exporter  | ${c.gpw()}
        """)
    void serviceAccountsSignIn(String user, String password) {
        assertThat(service.login(user, password)).isTrue();
    }
}
`,
  ),

  d(
    'junit-valuesource-api-keys',
    ['code'],
    'src/test/java/com/acme/gateway/ApiKeyFilterTest.java',
    (c) => `package com.acme.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class ApiKeyFilterTest {

    // keys provisioned in the shared staging tenant
    @ParameterizedTest
    @ValueSource(strings = {
        "${c.hex(32)}",
        "${c.b62(40)}"
    })
    void stagingKeysPass(String apiKey) {
        assertTrue(ApiKeyFilter.forStaging().accepts(apiKey));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${c.n('not-a-key')}", "${c.n('Bearer')}", "${c.n('api_key')}"})
    void garbageIsRejected(String apiKey) {
        assertFalse(ApiKeyFilter.forStaging().accepts(apiKey));
    }

    @Test
    void traceIdIsNotAKey() {
        assertFalse(ApiKeyFilter.forStaging().accepts("${c.sha256()}"));
    }
}
`,
  ),

  d(
    'java-map-of-datasource',
    ['code', 'defaults-in-code'],
    'src/main/java/com/acme/legacy/DataSources.java',
    (c) => `package com.acme.legacy;

import java.util.Map;

final class DataSources {

    static final Map<String, String> REPORTING = Map.of(
            "url", "jdbc:postgresql://reports-db.internal:5432/reports",
            "username", "report_reader",
            "password", "${c.pw()}",
            "maximumPoolSize", "8");

    static final Map<String, String> ARCHIVE = Map.of("url", "jdbc:mysql://archive:3306/arc", "user", "arc_rw", "password", "${c.hpw()}");

    static final Map<String, Object> CACHE = Map.of(
        "host", "cache-1.internal",
        "port", 6379,
        "password",
            "${c.gpw()}",
        "passwordMinLength", ${c.n('12')},
        "tokenTtl", ${c.n('3600')});

    private DataSources() {}
}
`,
  ),

  d(
    'java-map-ofentries',
    ['code'],
    'src/main/java/com/acme/sync/Partners.java',
    (c) => `package com.acme.sync;

import static java.util.Map.entry;

import java.util.Map;

public final class Partners {

    /** Partner id -> shared webhook secret. Moved to Vault in SYNC-412 (not yet). */
    public static final Map<String, String> WEBHOOK_SECRETS = Map.ofEntries(
        entry("northwind", "${c.hex(40)}"),
        entry("contoso",   "${c.b64(44)}"),
        entry("fabrikam",  "${c.b62(32)}"));

    public static final Map<String, String> SIGNING = Map.ofEntries(
            Map.entry("algorithm", "HmacSHA256"),
            Map.entry("secret", "${c.tok()}"),
            Map.entry("secretName", "${c.n('partner-signing')}"),
            Map.entry("keyId", "${c.uuid()}"));
}
`,
  ),

  d(
    'java-builder-chain',
    ['code'],
    'src/main/java/com/acme/mail/MailConfig.java',
    (c) => `package com.acme.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MailConfig {

    @Bean
    SmtpClient smtpClient() {
        return SmtpClient.builder()
                .host("smtp.office365.com")
                .port(587)
                .username("noreply@acme.example")
                .password(
                        "${c.pw()}")
                .startTls(true)
                .build();
    }

    @Bean
    RedisClient redis() {
        return RedisClient.newBuilder()
            .withHost("redis.acme.internal")
            .withPassword("${c.gpw()}")
            .withPasswordField("${c.n('pwd')}")
            .build();
    }

    @Bean
    ObjectStore store() {
        return ObjectStore.builder()
            .endpoint("https://minio.acme.internal")
            .credentials("minio-app",
                         "${c.b62(40)}")
            .build();
    }

    @Bean
    Vault vault() {
        return Vault.builder().token(System.getenv("${c.n('VAULT_TOKEN')}")).build();
    }
}
`,
  ),

  d(
    'java-properties-object',
    ['code'],
    'src/main/java/com/acme/jms/Broker.java',
    (c) => `package com.acme.jms;

import java.util.Properties;

class Broker {
    static Properties props() {
        Properties p = new Properties();
        p.setProperty("java.naming.provider.url", "tcp://amq.internal:61616");
        p.setProperty("java.naming.security.principal", "jms-app");
        p.setProperty("java.naming.security.credentials", "${c.pw()}");
        p.put("ssl.keystore.password", "${c.hpw()}");
        p.put("ssl.truststore.password", "${c.u('changeit')}");
        p.put("password.encoder", "${c.n('bcrypt')}");
        return p;
    }
}
`,
  ),

  d(
    'kotlin-data-class-defaults',
    ['code', 'defaults-in-code'],
    'app/src/main/kotlin/com/acme/config/Settings.kt',
    (c) => `package com.acme.config

data class DbSettings(
    val url: String = "jdbc:postgresql://localhost:5432/app",
    val user: String = "app",
    val password: String = "${c.pw()}",
    val poolSize: Int = 10,
)

data class SearchSettings(
    val endpoint: String = "https://search.acme.internal",
    val apiKey: String = "${c.tok()}",
    val apiKeyHeader: String = "${c.n('X-Api-Key')}",
)

object Defaults {
    const val ADMIN_PASSWORD = "${c.hpw()}"
    const val PASSWORD_MIN_LENGTH = ${c.n('12')}
    val sessionSecret: String = System.getenv("SESSION_SECRET") ?: "${c.b64(44)}"
    val fromEnv: String = System.getenv("${c.n('DB_PASSWORD')}") ?: error("DB_PASSWORD missing")
}
`,
  ),

  d(
    'kotlin-mapof-pairs',
    ['code'],
    'server/src/main/kotlin/com/acme/Fixtures.kt',
    (c) => `package com.acme

val seededUsers = mapOf(
    "alice@acme.example" to "${c.hpw()}",
    "bob@acme.example" to "${c.letters()}",
    "carol@acme.example" to
        "${c.gpw()}",
)

val kafkaProps = mapOf(
    "bootstrap.servers" to "kafka-0:9092",
    "sasl.jaas.config" to "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"ingest\\" password=\\"${c.pw()}\\";",
    "sasl.mechanism" to "PLAIN",
)

val passwordHashes = listOf("${c.bcrypt()}", "${c.argon()}")
`,
  ),

  d(
    'gradle-kts-publishing',
    ['code', 'config-syntax'],
    'build.gradle.kts',
    (c) => `plugins {
    \`java-library\`
    \`maven-publish\`
}

repositories {
    mavenCentral()
    maven {
        url = uri("https://nexus.acme.internal/repository/maven-releases/")
        credentials {
            username = "deploy"
            password = "${c.pw()}"
        }
    }
    maven {
        url = uri("https://maven.pkg.github.com/acme/libs")
        credentials {
            username = project.findProperty("gpr.user") as String? ?: System.getenv("${c.n('GITHUB_ACTOR')}")
            password = project.findProperty("gpr.key") as String? ?: System.getenv("${c.n('GITHUB_TOKEN')}")
        }
    }
}

publishing {
    repositories {
        maven {
            name = "artifactory"
            url = uri("https://acme.jfrog.io/artifactory/libs-release-local")
            credentials(PasswordCredentials::class) {
                username = "ci-publisher"
                password = "${c.b62(64)}"
            }
        }
    }
}
`,
  ),

  d(
    'gradle-groovy-signing',
    ['code', 'config-syntax'],
    'android/app/build.gradle',
    (c) => `apply plugin: 'com.android.application'

android {
    compileSdkVersion 34

    signingConfigs {
        release {
            storeFile file('../keys/release.jks')
            storePassword '${c.pw()}'
            keyAlias 'upload'
            keyPassword '${c.hpw()}'
        }
        debug {
            storeFile file('debug.keystore')
            storePassword '${c.u('android')}'
            keyAlias 'androiddebugkey'
            keyPassword '${c.u('android')}'
        }
    }

    buildTypes {
        release {
            signingConfig signingConfigs.release
            buildConfigField "String", "API_KEY", '"${c.hex(32)}"'
            buildConfigField "String", "SENTRY_DSN", '"https://${c.md5()}@o1.ingest.sentry.io/42"'
        }
    }
}
`,
  ),

  d(
    'jenkinsfile-environment',
    ['code', 'config-syntax'],
    'Jenkinsfile',
    (c) => `pipeline {
    agent { label 'docker' }

    environment {
        REGISTRY      = 'registry.acme.internal'
        REGISTRY_USER = 'jenkins'
        REGISTRY_PASS = '${c.pw()}'
        SONAR_TOKEN   = '${c.hex(40)}'
        DB_PASSWORD   = credentials('${c.n('integration-db-password')}')
        NEXUS         = credentials('nexus-deploy')
        BUILD_TAG_SHA = '${c.git()}'
    }

    stages {
        stage('Build') {
            steps {
                sh 'docker login -u $REGISTRY_USER -p $REGISTRY_PASS $REGISTRY'
                sh './gradlew build'
            }
        }
        stage('Integration') {
            environment {
                PGPASSWORD = "${c.hpw()}"
            }
            steps {
                sh 'psql -h it-db -U it -c "select 1"'
            }
        }
    }
}
`,
  ),

  d(
    'jenkins-scripted-withenv',
    ['code'],
    'ci/Jenkinsfile.nightly',
    (c) => `node('linux') {
    stage('checkout') { checkout scm }
    withEnv(["API_TOKEN=${c.b62(32)}", "DEPLOY_PASSWORD=${c.bare()}", "DEPLOY_USER=nightly"]) {
        stage('deploy') {
            sh './deploy.sh --env nightly'
        }
    }
    withCredentials([usernamePassword(credentialsId: '${c.n('nexus-creds')}', usernameVariable: 'U', passwordVariable: '${c.n('P')}')]) {
        sh 'mvn deploy -s settings.xml'
    }
}
`,
  ),

  d(
    'scala-typesafe-config-hocon',
    ['config-syntax'],
    'src/main/resources/application.conf',
    (c) => `akka {
  loglevel = "INFO"
}

slick.dbs.default {
  profile = "slick.jdbc.PostgresProfile$"
  db {
    url = "jdbc:postgresql://db:5432/orders"
    user = "orders"
    password = "${c.pw()}"
    password = \${?ORDERS_DB_PASSWORD}
    numThreads = 10
  }
}

play.http.secret.key = "${c.b64(64)}"
play.http.secret.key = \${?APPLICATION_SECRET}

mail {
  smtp.password = ${c.bare()}
  smtp.password-env = ${c.n('SMTP_PASSWORD')}
}

auth {
  token-ttl = ${c.n('3600')}
  password-min-length = ${c.n('10')}
  jwt-secret = \${${c.n('JWT_SECRET')}}
}
`,
  ),

  d(
    'scala-case-class',
    ['code'],
    'modules/core/src/main/scala/acme/Config.scala',
    (c) => `package acme

final case class Db(url: String, user: String, password: String)
final case class Api(base: String, key: String)

object LocalConfig {
  val db = Db(
    url = "jdbc:postgresql://localhost/acme",
    user = "acme",
    password = "${c.pw()}"
  )

  val api = Api("https://api.partner.example", key = "${c.tok()}")

  val fromEnv = Db(sys.env("DB_URL"), sys.env("DB_USER"), sys.env("${c.n('DB_PASSWORD')}"))
}
`,
  ),

  d(
    'spring-profile-yaml',
    ['config-syntax'],
    'src/main/resources/application-staging.yml',
    (c) => `spring:
  datasource:
    url: jdbc:postgresql://staging-db.acme.internal:5432/shop
    username: shop
    password: ${c.pw()}
  rabbitmq:
    host: rabbit.staging
    username: shop
    password: '${c.hpw()}'
  mail:
    password: \${MAIL_PASSWORD}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: shop-backend
            client-secret: ${c.hex(32)}
management:
  endpoints:
    web:
      exposure:
        include: health,info
app:
  jwt:
    secret: ${c.b64(64)}
    expiration: ${c.n('86400')}
  password-policy:
    min-length: ${c.n('12')}
    require-symbol: ${c.n('true')}
`,
  ),

  d(
    'spring-properties-dev',
    ['config-syntax'],
    'src/main/resources/application-dev.properties',
    (c) => `server.port=8081
spring.datasource.url=jdbc:mysql://localhost:3306/crm?useSSL=false
spring.datasource.username=crm
spring.datasource.password=${c.bare()}
spring.redis.password=${c.gpw()}
spring.jpa.hibernate.ddl-auto=update
jasypt.encryptor.password=${c.pw()}
db.admin.password=${c.blob(22, 'ENC(', '==)')}
spring.security.user.name=admin
spring.security.user.password=${c.hpw()}
app.secret-name=${c.n('crm-db-credentials')}
app.password-reset.token-validity=${c.n('PT30M')}
`,
  ),

  d(
    'quarkus-properties',
    ['config-syntax'],
    'src/main/resources/application.properties',
    (c) => `quarkus.datasource.db-kind=postgresql
quarkus.datasource.username=inventory
%dev.quarkus.datasource.password=${c.pw()}
%prod.quarkus.datasource.password=\${DB_PASSWORD}
%test.quarkus.datasource.password=${c.u('test')}
quarkus.oidc.credentials.secret=${c.b62(32)}
quarkus.http.auth.basic=${c.n('true')}
quarkus.security.users.embedded.enabled=true
quarkus.security.users.embedded.plain-text=true
quarkus.security.users.embedded.users.ops=${c.hpw()}
quarkus.security.users.embedded.roles.ops=admin
mp.jwt.verify.publickey.location=${c.n('publicKey.pem')}
`,
  ),

  d(
    'micronaut-yaml',
    ['config-syntax'],
    'src/main/resources/application-local.yml',
    (c) => `micronaut:
  application:
    name: ledger
  security:
    token:
      jwt:
        signatures:
          secret:
            generator:
              secret: '${c.b62(48)}'
              jws-algorithm: HS256
datasources:
  default:
    url: jdbc:postgresql://localhost:5432/ledger
    username: ledger
    password: '${c.pw()}'
redis:
  uri: redis://:${c.cs()}@localhost:6379/0
kafka:
  sasl:
    jaas:
      config: \${KAFKA_JAAS}
`,
  ),
];
