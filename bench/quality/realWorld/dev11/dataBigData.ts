// rw-dev11 data: Spark, Hadoop, Hive, Kafka and Schema Registry configs as clusters carry them: XML site files,
// spark-defaults, JAAS files, client.properties, spark-submit command lines, Flink and Trino catalogs.
// Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc } from './dataValues';

export const DATA_BIGDATA_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-hive-site-xml',
    ['config-syntax'],
    'conf/hive-site.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<configuration>
  <property>
    <name>javax.jdo.option.ConnectionURL</name>
    <value>jdbc:mysql://metastore-db:3306/hive_metastore?createDatabaseIfNotExist=true&amp;useSSL=false</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionUserName</name>
    <value>hive</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>${k.pw()}</value>
    <description>password to use against metastore database</description>
  </property>
  <property>
    <name>hive.server2.authentication</name>
    <value>LDAP</value>
  </property>
  <property>
    <name>hive.server2.authentication.ldap.binddn</name>
    <value>cn=hive-bind,ou=svc,dc=corp,dc=local</value>
  </property>
  <property>
    <name>hive.server2.authentication.ldap.bindpw</name>
    <value>${k.hpw()}</value>
  </property>
  <property>
    <name>hive.metastore.warehouse.dir</name>
    <value>s3a://acme-lake/warehouse</value>
  </property>
</configuration>
`,
  ),

  ddoc(
    'data-core-site-s3a',
    ['config-syntax'],
    'hadoop/etc/hadoop/core-site.xml',
    (k) => `<configuration>
  <property><name>fs.defaultFS</name><value>hdfs://nn1:8020</value></property>
  <property><name>fs.s3a.endpoint</name><value>https://minio.lake.local:9000</value></property>
  <property><name>fs.s3a.access.key</name><value>${k.n('minio-lake')}</value></property>
  <property><name>fs.s3a.secret.key</name><value>${k.tok(k.g.alnum(40))}</value></property>
  <property><name>fs.s3a.path.style.access</name><value>true</value></property>
  <property>
    <name>fs.azure.account.key.acmelake.dfs.core.windows.net</name>
    <value>${k.tok(k.g.base64(86) + '==')}</value>
  </property>
  <property><name>hadoop.security.credential.provider.path</name><value>${k.n('jceks://hdfs/user/etl/s3.jceks')}</value></property>
</configuration>
`,
  ),

  ddoc(
    'data-spark-defaults',
    ['config-syntax'],
    'spark/conf/spark-defaults.conf',
    (k) => `spark.master                     yarn
spark.submit.deployMode          cluster
spark.eventLog.enabled           true
spark.eventLog.dir               s3a://acme-lake/spark-logs
spark.hadoop.fs.s3a.access.key   ${k.u(k.awsId())}
spark.hadoop.fs.s3a.secret.key   ${k.prov('awsSecret', 'AWS secret key')}
spark.authenticate               true
spark.authenticate.secret        ${k.tok()}
spark.ssl.keyStorePassword       ${k.pw()}
spark.ssl.trustStorePassword     ${k.n('${TRUSTSTORE_PASSWORD}')}
spark.sql.catalog.nessie.uri     https://nessie.lake.local/api/v1
spark.sql.catalog.nessie.authentication.token  ${k.tok()}
`,
  ),

  ddoc(
    'data-spark-submit-cli',
    ['command-line'],
    'jobs/run_sessionize.sh',
    (k) => `#!/bin/bash
# weekly sessionization, cron on edge-01 (crontab -l | grep sessionize)
set -euo pipefail
spark-submit \\
  --master yarn --deploy-mode cluster \\
  --conf spark.executor.memory=8g \\
  --conf spark.hadoop.fs.s3a.secret.key=${k.tok(k.g.alnum(40))} \\
  --conf "spark.jdbc.password=${k.pw()}" \\
  --jars /opt/jars/postgresql-42.7.1.jar \\
  sessionize.py --jdbc-url "jdbc:postgresql://dwh:5432/dwh?user=spark&password=${k.cs()}" --date "$(date -d yesterday +%F)"

# sha256 of the job bundle: ${k.n(k.hex(64))}
`,
  ),

  ddoc(
    'data-pyspark-jdbc-options',
    ['code'],
    'jobs/load_dim_customers.py',
    (k) => `from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("load_dim_customers").getOrCreate()

df = (spark.read.format("jdbc")
      .option("url", "jdbc:sqlserver://crm-sql:1433;databaseName=CRM")
      .option("dbtable", "dbo.Customers")
      .option("user", "spark_reader")
      .option("password", "${k.pw()}")
      .load())

props = {"user": "spark", "password": "${k.hpw()}", "driver": "org.postgresql.Driver"}
df.write.jdbc("jdbc:postgresql://dwh:5432/dwh", "stage.dim_customers", mode="overwrite", properties=props)

# dbutils.secrets.get(scope="crm", key="${k.n('spark-reader-pw')}")  <- use this once the scope exists
`,
  ),

  ddoc(
    'data-kafka-jaas',
    ['config-syntax', 'credential-file'],
    'kafka/config/kafka_server_jaas.conf',
    (k) => `KafkaServer {
   org.apache.kafka.common.security.plain.PlainLoginModule required
   username="admin"
   password="${k.gpw()}"
   user_admin="${k.n('<same as above>')}"
   user_connect="${k.pw()}"
   user_schemaregistry="${k.hpw()}";
};

Client {
   org.apache.zookeeper.server.auth.DigestLoginModule required
   username="kafka"
   password="${k.pw()}";
};
`,
  ),

  ddoc(
    'data-kafka-client-properties',
    ['config-syntax'],
    'ops/confluent/client.properties',
    (k) => `# Confluent Cloud - prod cluster (lkc-${k.n(k.g.lower(5))})
bootstrap.servers=pkc-${k.n(k.g.lower(5))}.eu-central-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${k.n(k.g.upper(16).replace(/[OI]/g, 'X'))}' password='${k.tok(k.g.alnum(64))}';
session.timeout.ms=45000

# Schema Registry
schema.registry.url=https://psrc-${k.n(k.g.lower(5))}.eu-central-1.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=${k.n(k.g.upper(16).replace(/[OI]/g, 'Z'))}:${k.tok(k.g.alnum(64))}
`,
  ),

  ddoc(
    'data-kafka-connect-jdbc-sink',
    ['config-syntax', 'command-line'],
    'connect/jdbc-sink-orders.sh',
    (k) => `curl -s -X PUT -H "Content-Type: application/json" \\
  http://connect:8083/connectors/jdbc-sink-orders/config -d '{
    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
    "topics": "orders.v1",
    "connection.url": "jdbc:postgresql://dwh:5432/dwh",
    "connection.user": "kconnect",
    "connection.password": "${k.pw()}",
    "auto.create": "true",
    "insert.mode": "upsert",
    "pk.mode": "record_key"
  }'

# the debezium one reads it from a file provider instead:
#   "database.password": "${k.n('${file:/opt/kafka/secrets/mysql.properties:password}')}"
`,
  ),

  ddoc(
    'data-trino-catalogs',
    ['config-syntax'],
    'trino/etc/catalog/postgresql.properties',
    (k) => `connector.name=postgresql
connection-url=jdbc:postgresql://pg-analytics:5432/analytics
connection-user=trino
connection-password=${k.pw()}
case-insensitive-name-matching=true
# mongo catalog lives in mongodb.properties:
# mongodb.connection-url=mongodb://trino:${k.cs()}@mongo-1:27017/
`,
  ),

  ddoc(
    'data-flink-sql-client',
    ['code', 'config-syntax'],
    'flink/jobs/orders_enrich.sql',
    (k) => `CREATE TABLE orders (
  order_id STRING, customer_id STRING, amount DECIMAL(10,2), ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders.v1',
  'properties.bootstrap.servers' = 'kafka-1:9093',
  'properties.security.protocol' = 'SASL_SSL',
  'properties.sasl.mechanism' = 'SCRAM-SHA-512',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="flink" password="${k.pw()}";',
  'format' = 'json'
);

CREATE TABLE customers (
  id STRING, segment STRING, PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://mysql-crm:3306/crm',
  'table-name' = 'customers',
  'username' = 'flink',
  'password' = '${k.hpw()}'
);
`,
  ),

  ddoc(
    'data-elasticsearch-logstash',
    ['config-syntax'],
    'logstash/pipeline/jdbc_products.conf',
    (k) => `input {
  jdbc {
    jdbc_driver_library => "/usr/share/logstash/mysql-connector-j-8.2.0.jar"
    jdbc_driver_class => "com.mysql.cj.jdbc.Driver"
    jdbc_connection_string => "jdbc:mysql://mysql-shop:3306/shop"
    jdbc_user => "logstash"
    jdbc_password => "${k.pw()}"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM products WHERE updated_at > :sql_last_value"
  }
}
output {
  elasticsearch {
    hosts => ["https://es-1:9200"]
    user => "logstash_writer"
    password => "${k.n('${ES_PW}')}"
    api_key => "${k.tok(k.g.alnum(20) + ':' + k.g.base64url(22))}"
    index => "products"
  }
}
`,
  ),
];
