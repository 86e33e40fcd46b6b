// rw-dev9 cred: application configs that hold their own database and service passwords — wp-config.php,
// Rails database.yml, Django settings, Spring properties / YAML, appsettings.json, web.config,
// hibernate.cfg.xml, Tomcat context.xml / tomcat-users.xml, JBoss standalone.xml.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cx } from './credValues';

export const CRED_APP_DOCS: RealWorldDoc[] = [
  doc('cred-wp-config-php', ['credential-file', 'config-syntax', 'precision'], 'public_html/wp-config.php', (k) => {
    const x = cx(k);
    const salt = () => k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*()-_=+[]{}|~.,;:<>?', 64));
    return `<?php
/**
 * La configuration de base de votre installation WordPress.
 *
 * @package WordPress
 */

// ** Réglages MySQL - Votre hébergeur doit vous fournir ces informations. ** //
/** Nom de la base de données de WordPress. */
define( 'DB_NAME', 'boulangerie_wp' );

/** Utilisateur de la base de données MySQL. */
define( 'DB_USER', 'boulangerie_adm' );

/** Mot de passe de la base de données MySQL. */
define( 'DB_PASSWORD', '${x.season(true)}' );

/** Adresse de l’hébergement MySQL. */
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define('AUTH_KEY',         '${salt()}');
define('SECURE_AUTH_KEY',  '${salt()}');
define('LOGGED_IN_KEY',    '${salt()}');
define('NONCE_KEY',        '${k.n('mettez une phrase unique ici')}');

define( 'FTP_USER', 'boulangerie' );
define( 'FTP_PASS', '${x.name(true)}' );
define( 'FTP_HOST', 'ftp.hebergeur.example' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
  }),
  doc('cred-rails-database-yml', ['credential-file', 'config-syntax', 'precision'], 'config/database.yml', (k) => {
    const x = cx(k);
    return `default: &default
  adapter: postgresql
  encoding: unicode
  pool: ${k.n('<%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>')}

development:
  <<: *default
  database: shop_development
  username: ${k.n('shop')}
  password: ${k.n('shop')}

test:
  <<: *default
  database: shop_test

staging:
  <<: *default
  url: postgres://shop_stg:${x.cs()}@pg-staging.int:5432/shop_staging

production:
  <<: *default
  database: shop_production
  username: ${k.n('shop_prod')}
  password: ${k.n('<%= ENV["SHOP_DATABASE_PASSWORD"] %>')}
  host: pg-prod.int

legacy_mysql:
  adapter: mysql2
  host: 10.3.0.7
  username: ${k.n('magento_ro')}
  password: '${x.kb(true)}'
  database: magento
`;
  }),
  doc('cred-rails-credentials-decrypted', ['credential-file', 'config-syntax'], 'tmp/credentials.yml', (k) => {
    const x = cx(k);
    return `# rails credentials:show > tmp/credentials.yml   (temporary, delete after migrating to Kamal)
secret_key_base: ${x.hex(128)}
active_record_encryption:
  primary_key: ${x.alnum(32)}
  deterministic_key: ${x.alnum(32)}
  key_derivation_salt: ${x.alnum(32)}
aws:
  access_key_id: ${k.u(k.raw.p.awsId(k.g))}
  secret_access_key: ${k.prov('awsSecret', 'aws')}
stripe:
  publishable_key: ${k.n(k.raw.stripePublishable(k.g))}
  secret_key: ${k.prov('stripeSecret', 'stripe')}
smtp: {user_name: ${k.n('postmaster@mg.shop.example')}, password: ${x.hex(32)}}
`;
  }),
  doc('cred-django-settings-prod', ['credential-file', 'code', 'precision'], 'portal/settings/production.py', (k) => {
    const x = cx(k);
    return `from ${k.n('.base')} import *  # noqa
import os

DEBUG = False
ALLOWED_HOSTS = ["portal.escola.example", "www.portal.escola.example"]

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '${k.s('token', k.raw.djangoKey(k.g))}'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "USER": "portal_app",
        "PASSWORD": "${x.any()}",
        "HOST": "db.escola.example",
        "PORT": "5432",
    },
    "legado": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "notas",
        "USER": "leitura",
        "PASSWORD": os.environ.get("LEGADO_DB_PASS", ${k.n('""')}),
    },
}

EMAIL_HOST = "smtp.escola.example"
EMAIL_HOST_USER = "${k.n('nao-responda@escola.example')}"
EMAIL_HOST_PASSWORD = "${x.season()}"
EMAIL_USE_TLS = True

AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
CELERY_BROKER_URL = "amqp://portal:${x.cs()}@rabbit.escola.example:5672/portal"
`;
  }),
  doc('cred-spring-application-properties', ['credential-file', 'config-syntax', 'precision'], 'src/main/resources/application-prod.properties', (k) => {
    const x = cx(k);
    return `server.port=8443
server.ssl.key-store=classpath:keystore/prod.p12
server.ssl.key-store-password=${x.gen()}
server.ssl.key-store-type=PKCS12
server.ssl.key-alias=tomcat
spring.datasource.url=jdbc:postgresql://pg-prod:5432/orders
spring.datasource.username=${k.n('orders_app')}
spring.datasource.password=${x.any()}
spring.datasource.hikari.maximum-pool-size=20
spring.rabbitmq.host=mq.prod
spring.rabbitmq.username=${k.n('orders')}
spring.rabbitmq.password=${x.jasypt()}
spring.mail.username=${k.n('alerts@orders.example')}
spring.mail.password=${k.n('${MAIL_PASSWORD:}')}
jwt.signing.secret=${x.b64(44)}
management.endpoints.web.exposure.include=health,info
logging.level.org.hibernate.SQL=WARN
`;
  }),
  doc('cred-spring-application-yml', ['credential-file', 'config-syntax'], 'src/main/resources/application.yml', (k) => {
    const x = cx(k);
    return `spring:
  application:
    name: lager-service
  datasource:
    url: jdbc:mysql://mysql-lager:3306/lager?useSSL=false&serverTimezone=Europe/Berlin
    username: ${k.n('lager')}
    password: "${x.name()}"
  data:
    redis:
      host: redis-lager
      password: ${x.gen()}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: lager-service
            client-secret: ${x.alnum(32)}
            scope: openid,profile
  cloud:
    config:
      password: '{cipher}${k.n(k.g.hex(96))}'
app:
  sftp: { host: sftp.spedition.example, user: ${k.n('lager_upload')}, pass: ${x.kb(true)} }
`;
  }),
  doc('cred-appsettings-json', ['credential-file', 'config-syntax', 'precision'], 'src/Api/appsettings.Production.json', (k) => {
    const x = cx(k);
    return `{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "DefaultConnection": "Server=sql-prod.corp.local;Database=Rechnungen;User Id=${k.n('app_rechnung')};Password=${x.cs()};TrustServerCertificate=True",
    "Reporting": "Data Source=tcp:rpt.database.windows.net,1433;Initial Catalog=rpt;User ID=${k.n('rpt_reader')};Pwd=${x.cs()};Encrypt=True",
    "Cache": "redis-prod:6380,password=${x.cs()},ssl=True,abortConnect=False"
  },
  "Jwt": {
    "Issuer": "https://api.rechnung.example",
    "Key": "${x.b64(44)}"
  },
  "Smtp": {
    "Host": "smtp.office365.com",
    "User": "noreply@rechnung.example",
    "Password": "${x.season()}"
  },
  "AzureAd": {
    "TenantId": "${x.uuidN()}",
    "ClientId": "${x.uuidN()}",
    "ClientSecret": "${k.prov('azureClientSecret', 'azure')}"
  },
  "ApplicationInsights": { "InstrumentationKey": "${x.uuidN()}" }
}
`;
  }),
  doc('cred-web-config-legacy', ['credential-file', 'config-syntax', 'precision'], 'Intranet/Web.config', (k) => {
    const x = cx(k);
    return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SmtpServer" value="mail.corp.local" />
    <add key="SmtpUser" value="intranet" />
    <add key="SmtpPass" value="${x.name(true)}" />
    <add key="LdapBindPassword" value="${x.gen()}" />
    <add key="MapsApiKey" value="${k.n(k.raw.googleBrowserKey(k.g))}" />
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
  <connectionStrings>
    <add name="${k.n('IntranetDb')}" connectionString="Data Source=SQL01\\INTRANET;Initial Catalog=Intranet;User ID=${k.n('sa')};Password=${x.cs()}" providerName="System.Data.SqlClient" />
    <add name="${k.n('Hr')}" connectionString="Server=SQL02;Database=HR;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <machineKey validationKey="${k.s('token', k.g.hex(128).toUpperCase())}" decryptionKey="${k.s('token', k.g.hex(48).toUpperCase())}" validation="SHA1" decryption="AES" />
    <authentication mode="Forms">
      <forms loginUrl="~/Login.aspx">
        <credentials passwordFormat="SHA1">
          <user name="${k.n('notfall')}" password="${k.n(k.g.hex(40).toUpperCase())}" />
        </credentials>
      </forms>
    </authentication>
  </system.web>
</configuration>
`;
  }),
  doc('cred-hibernate-cfg-xml', ['credential-file', 'config-syntax'], 'src/main/resources/hibernate.cfg.xml', (k) => {
    const x = cx(k);
    return `<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="${k.n('connection.driver_class')}">oracle.jdbc.OracleDriver</property>
        <property name="${k.n('connection.url')}">jdbc:oracle:thin:@ora-prod:1521/ERP</property>
        <property name="${k.n('connection.username')}">ERP_APP</property>
        <property name="${k.n('connection.password')}">${x.words()}</property>
        <property name="${k.n('hibernate.connection.pool_size')}">10</property>
        <property name="${k.n('dialect')}">org.hibernate.dialect.Oracle12cDialect</property>
        <property name="show_sql">false</property>
        <mapping class="com.acme.erp.Auftrag"/>
    </session-factory>
</hibernate-configuration>
`;
  }),
  doc('cred-tomcat-context-xml', ['credential-file', 'config-syntax'], 'conf/context.xml', (k) => {
    const x = cx(k);
    return `<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/KundenDB" auth="Container" type="javax.sql.DataSource"
              maxTotal="50" maxIdle="10" maxWaitMillis="10000"
              username="${k.n('kunden')}" password="${x.season(true)}"
              driverClassName="com.mysql.cj.jdbc.Driver"
              url="jdbc:mysql://db01:3306/kunden"/>
    <Resource name="mail/Session" auth="Container" type="javax.mail.Session"
              mail.smtp.host="smtp.corp.local" mail.smtp.user="${k.n('tomcat')}"
              password="${x.kb(true)}" mail.smtp.auth="true"/>
</Context>
`;
  }),
  doc('cred-tomcat-users-xml', ['credential-file', 'precision'], 'conf/tomcat-users.xml', (k) => {
    const x = cx(k);
    return `<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
<!--
  <user username="${k.n('admin')}" password="${k.n('<must-be-changed>')}" roles="manager-gui"/>
  <user username="${k.n('robot')}" password="${k.n('<must-be-changed>')}" roles="manager-script"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="${k.n('deployer')}" password="${x.gen()}" roles="manager-script"/>
  <user username="${k.n('tkaya')}" password="${x.name()}" roles="manager-gui,admin-gui"/>
  <user username="${k.n('monitor')}" password="${k.n(k.g.hex(64))}" roles="manager-status"/>
  <user username="${k.n('tomcat')}" password="${k.u('tomcat')}" roles="tomcat"/>
</tomcat-users>
`;
  }),
  doc('cred-jboss-standalone-xml', ['credential-file', 'config-syntax', 'precision'], 'standalone/configuration/standalone.xml', (k) => {
    const x = cx(k);
    return `<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:jboss/datasources/ExampleDS" pool-name="${k.n('ExampleDS')}" enabled="true" use-java-context="true">
            <connection-url>jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE</connection-url>
            <driver>h2</driver>
            <security>
                <user-name>${k.n('sa')}</user-name>
                <password>${k.u('sa')}</password>
            </security>
        </datasource>
        <datasource jndi-name="java:/jdbc/PolisDS" pool-name="${k.n('PolisDS')}">
            <connection-url>jdbc:postgresql://pg-polis:5432/polis</connection-url>
            <driver>postgresql</driver>
            <security>
                <user-name>${k.n('polis_app')}</user-name>
                <password>${x.any()}</password>
            </security>
        </datasource>
        <datasource jndi-name="java:/jdbc/ArchivDS" pool-name="${k.n('ArchivDS')}">
            <connection-url>jdbc:oracle:thin:@ora-archiv:1521:ARCH</connection-url>
            <security>
                <user-name>${k.n('archiv')}</user-name>
                <password>${k.n('${VAULT::ds_archiv::password::1}')}</password>
            </security>
        </datasource>
    </datasources>
</subsystem>
<tls>
    <key-stores>
        <key-store name="${k.n('applicationKS')}">
            <credential-reference clear-text="${x.gen()}"/>
            <implementation type="JKS"/>
            <file path="application.keystore" relative-to="jboss.server.config.dir"/>
        </key-store>
    </key-stores>
</tls>
`;
  }),
  doc('cred-context-xml-realm-ldap', ['credential-file', 'config-syntax'], 'conf/server.xml', (k) => {
    const x = cx(k);
    return `<Server port="8005" shutdown="${x.alnum(20)}">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/intranet.jks"
                     certificateKeystorePassword="${x.words()}"
                     certificateKeyAlias="intranet" type="RSA" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.JNDIRealm"
             connectionURL="ldaps://dc01.corp.local:636"
             connectionName="CN=svc_tomcat,OU=Service,DC=corp,DC=local"
             connectionPassword="${x.season(true)}"
             userSearch="(sAMAccountName={0})" />
    </Engine>
  </Service>
</Server>
`;
  }),
];
