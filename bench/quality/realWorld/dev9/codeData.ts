// rw-dev9 code: data and infrastructure code — SQL scripts and migrations (CREATE USER, ALTER ROLE, GRANT,
// INSERT INTO users), Terraform locals and variables, Solidity/hardhat configs, dependency-injection configs.
import type { RealWorldDoc } from '../types';
import { A, d } from './codeValues';

export const DATA_DOCS: RealWorldDoc[] = [
  d(
    'sql-create-users',
    A.C,
    'db/init/01_users.sql',
    (c) => `-- Rollen fuer die Abrechnung
CREATE USER billing_app WITH PASSWORD '${c.hum()}';
CREATE USER billing_ro WITH ENCRYPTED PASSWORD '${c.gen()}';
CREATE ROLE reporting LOGIN PASSWORD '${c.word()}' VALID UNTIL '2026-12-31';
ALTER ROLE postgres WITH PASSWORD '${c.pw()}';

GRANT CONNECT ON DATABASE billing TO billing_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO billing_ro;
-- old: ALTER USER billing_app PASSWORD '${c.hum()}';
`,
  ),
  d(
    'sql-mysql-grants',
    A.C,
    'deploy/mysql/bootstrap.sql',
    (c) => `CREATE DATABASE IF NOT EXISTS wiki CHARACTER SET utf8mb4;
CREATE USER 'wiki'@'%' IDENTIFIED BY '${c.hum()}';
CREATE USER 'backup'@'localhost' IDENTIFIED WITH mysql_native_password BY '${c.gen()}';
GRANT ALL PRIVILEGES ON wiki.* TO 'wiki'@'%';
GRANT SELECT, LOCK TABLES ON *.* TO 'backup'@'localhost';
ALTER USER 'root'@'localhost' IDENTIFIED BY '${c.pw()}';
CREATE USER 'monitor'@'10.%' IDENTIFIED BY PASSWORD '*${c.hexRaw(40).toUpperCase()}';
FLUSH PRIVILEGES;
`,
  ),
  d(
    'sql-seed-insert',
    A.CP,
    'db/migrations/20240311_seed_admins.sql',
    (c) => `-- +migrate Up
INSERT INTO users (id, email, password_hash, role) VALUES
  ('${c.id()}', 'admin@praxis-weber.de', '${c.bcrypt()}', 'admin'),
  ('${c.id()}', 'empfang@praxis-weber.de', '${c.argon()}', 'staff');

-- plain text until the login page hashes on first sign-in (ticket PRX-88)
INSERT INTO users (email, password, role) VALUES ('praxis@praxis-weber.de', '${c.hum()}', 'owner');
INSERT INTO api_clients (name, client_id, client_secret) VALUES ('lab-gateway', 'lab-gw-01', '${c.hex(40)}');
INSERT INTO settings (key, value) VALUES ('password_min_length', '10'), ('password_field', '${c.n('passwort')}');

-- +migrate Down
DELETE FROM users WHERE email LIKE '%@praxis-weber.de';
`,
  ),
  d(
    'sql-mssql-login',
    A.C,
    'Database/Scripts/PostDeploy.sql',
    (c) => `IF NOT EXISTS (SELECT * FROM sys.sql_logins WHERE name = 'etl_loader')
    CREATE LOGIN etl_loader WITH PASSWORD = N'${c.gen()}', CHECK_POLICY = OFF;
GO
CREATE USER etl_loader FOR LOGIN etl_loader;
ALTER ROLE db_datawriter ADD MEMBER etl_loader;
GO
CREATE MASTER KEY ENCRYPTION BY PASSWORD = '${c.phrase()}';
GO
ALTER LOGIN sa WITH PASSWORD = '${c.hum()}';
GO
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'ORA_LINK', @useself = N'False', @rmtuser = N'LINKUSER', @rmtpassword = N'${c.word()}';
`,
  ),
  d(
    'sql-oracle-dblink',
    A.C,
    'sql/create_links.sql',
    (c) => `CREATE DATABASE LINK lnk_sap CONNECT TO sap_reader IDENTIFIED BY "${c.hum()}" USING 'SAPPRD';
CREATE USER app_owner IDENTIFIED BY ${c.word()} DEFAULT TABLESPACE users QUOTA UNLIMITED ON users;
ALTER USER app_owner IDENTIFIED BY "${c.gen()}" REPLACE "${c.hum()}";
GRANT CREATE SESSION TO app_owner;
`,
  ),
  d(
    'terraform-locals',
    A.CC,
    'infra/envs/staging/main.tf',
    (c) => `locals {
  env          = "staging"
  db_username  = "app"
  db_password  = "${c.hum()}"
  grafana_admin_password = "${c.gen()}"
  common_tags = {
    Team = "platform"
  }
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
  default   = "${c.hex(32)}"
}

variable "db_password_prod" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  identifier = "staging-main"
  username   = local.db_username
  password   = ${c.n('local.db_password')}
  engine     = "postgres"
}

resource "random_password" "redis" {
  length  = 32
  special = false
}
`,
  ),
  d(
    'terraform-provider-block',
    A.CC,
    'infra/providers.tf',
    (c) => `provider "grafana" {
  url  = "https://grafana.corp.io"
  auth = "admin:${c.hum()}"
}

provider "postgresql" {
  host     = "pg.corp.io"
  username = "terraform"
  password = "${c.gen()}"
  sslmode  = "require"
}

provider "vault" {
  address = "https://vault.corp.io:8200"
  token   = ${c.n('var.vault_token')}
}

provider "cloudflare" {
  api_token = "${c.prov('cloudflare', 'cloudflare')}"
}
`,
  ),
  d(
    'hardhat-config',
    A.CD,
    'hardhat.config.ts',
    (c) => `import { HardhatUserConfig } from 'hardhat/config';
import '@nomicfoundation/hardhat-toolbox';
import * as dotenv from 'dotenv';
dotenv.config();

// test wallet, only ever holds Sepolia ETH
const DEPLOYER_KEY = process.env.PRIVATE_KEY ?? '0x${c.hex(64)}';
const ALCHEMY_KEY = process.env.ALCHEMY_KEY || '${c.b62(32)}';

const config: HardhatUserConfig = {
  solidity: '0.8.24',
  networks: {
    sepolia: {
      url: \`https://eth-sepolia.g.alchemy.com/v2/\${ALCHEMY_KEY}\`,
      accounts: [DEPLOYER_KEY],
    },
    hardhat: {
      accounts: { mnemonic: '${c.n('test test test test test test test test test test test junk')}' },
    },
  },
  etherscan: { apiKey: '${c.T(c.alnum(34).toUpperCase())}' },
};
export default config;
`,
  ),
  d(
    'solidity-contract',
    A.CP,
    'contracts/Vault.sol',
    (c) => `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Vault {
    address public owner = 0x${c.n(c.hexRaw(40))};
    bytes32 public constant ADMIN_ROLE = keccak256("ADMIN_ROLE");
    bytes32 private passwordHash = 0x${c.n(c.hexRaw(64))};
    string public constant PASSWORD_HINT = "${c.n('ask the multisig')}";

    function unlock(string calldata password) external {
        require(keccak256(abi.encodePacked(password)) == passwordHash, "bad password");
    }
}
`,
  ),
  d(
    'spring-beans-xml',
    A.CC,
    'src/main/resources/applicationContext.xml',
    (c) => `<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
    <bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource" destroy-method="close">
        <property name="driverClassName" value="com.mysql.cj.jdbc.Driver"/>
        <property name="url" value="jdbc:mysql://db-intern:3306/personal"/>
        <property name="username" value="personal"/>
        <property name="password" value="${c.hum()}"/>
    </bean>
    <bean id="ldap" class="org.springframework.ldap.core.support.LdapContextSource">
        <property name="url" value="ldap://dc01.firma.local:389"/>
        <property name="userDn" value="CN=svc-ldap,OU=Service,DC=firma,DC=local"/>
        <property name="password" value="${c.gen()}"/>
    </bean>
    <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
        <property name="password" value="${c.n('${mail.password}')}"/>
    </bean>
</beans>
`,
  ),
  d(
    'guice-module',
    A.C,
    'src/main/java/com/acme/search/SearchModule.java',
    (c) => `package com.acme.search;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;

public class SearchModule extends AbstractModule {
    @Override
    protected void configure() {
        bindConstant().annotatedWith(Names.named("es.user")).to("search");
        bindConstant().annotatedWith(Names.named("es.password")).to("${c.gen()}");
        bindConstant().annotatedWith(Names.named("es.apiKey")).to("${c.b64(32)}");
        bindConstant().annotatedWith(Names.named("es.passwordProperty")).to("${c.n('ES_PASSWORD')}");
        bind(SearchClient.class).to(ElasticSearchClient.class);
    }
}
`,
  ),
  d(
    'dotnet-di-options',
    A.CD,
    'src/Shop.Worker/Program.cs',
    (c) => `var builder = Host.CreateApplicationBuilder(args);

builder.Services.AddStackExchangeRedisCache(o =>
{
    o.Configuration = builder.Configuration["Redis"] ?? "cache01:6379,password=${c.hum()}";
});

builder.Services.AddMassTransit(x => x.UsingRabbitMq((ctx, cfg) =>
{
    cfg.Host("rabbit01", "/", h =>
    {
        h.Username("shop");
        h.Password("${c.gen()}");
    });
}));

builder.Services.AddHttpClient("erp", c => c.DefaultRequestHeaders.Add("ApiKey", "${c.uuid()}"));
builder.Services.Configure<JwtOptions>(o => o.SigningKey = builder.Configuration["Jwt:Key"] ?? "${c.b64(48)}");
builder.Build().Run();
`,
  ),
  d(
    'python-sqlalchemy-url',
    A.C,
    'alembic/env.py',
    (c) => `from logging.config import fileConfig
from sqlalchemy import engine_from_config, pool
from alembic import context

config = context.config
# config.set_main_option("sqlalchemy.url", "postgresql://alembic:${c.cs()}@10.4.0.2/app")
config.set_main_option("sqlalchemy.url", URL.create("postgresql+psycopg2", username="alembic", password="${c.hum()}", host="db", database="app").render_as_string(hide_password=False))

target_metadata = None
revision_id = "${c.n(c.hexRaw(12))}"
`,
  ),
  d(
    'ansible-vars-py-lookup',
    A.CC,
    'group_vars/db_servers.yml',
    (c) => `postgres_version: 15
postgres_users:
  - name: app
    password: "${c.hum()}"
    role_attr_flags: LOGIN
  - name: replicator
    password: "${c.gen()}"
    role_attr_flags: REPLICATION
  - name: monitoring
    password: "${c.n('{{ vault_monitoring_password }}')}"
pgbouncer_auth_hash: "${c.n('md5' + c.hexRaw(32))}"
`,
  ),
];
