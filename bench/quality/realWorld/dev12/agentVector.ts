// Vector databases behind agents: Pinecone, Weaviate, Qdrant, Chroma, Milvus, pgvector on Supabase, Redis, MongoDB
// Atlas, LanceDB; their client code, server configs and compose files.
import type { RealWorldDoc } from '../types';
import { doc } from './agentValues';

export const AGENT_VECTOR_DOCS: RealWorldDoc[] = [
  doc(
    'agent-vector-pinecone-ts',
    ['code', 'precision'],
    'scripts/upsert.ts',
    (k) => `import { Pinecone } from "@pinecone-database/pinecone";
import OpenAI from "openai";

const pc = new Pinecone({ apiKey: "${k.prov('pinecone', 'Pinecone')}" });
const index = pc.index("kb-prod", "https://kb-prod-${k.n(k.g.lower(7))}.svc.aped-4627-b74a.pinecone.io");
const openai = new OpenAI(); // OPENAI_API_KEY from env

export async function upsert(id: string, text: string) {
  const e = await openai.embeddings.create({ model: "${k.n('text-embedding-3-large')}", input: text });
  await index.namespace("faq").upsert([{ id, values: e.data[0].embedding, metadata: { text } }]);
}
// sample vector id from last run: ${k.n(k.g.hex(32))}
`,
  ),

  doc(
    'agent-vector-weaviate-py',
    ['code', 'config-syntax'],
    'ingest/weaviate_client.py',
    (k) => `import weaviate
from weaviate.classes.init import Auth

# Cloud cluster (sandbox, expires in 14 days)
client = weaviate.connect_to_weaviate_cloud(
    cluster_url="https://${k.n(k.g.lower(10))}.c0.europe-west3.gcp.weaviate.cloud",
    auth_credentials=Auth.api_key("${k.tok(k.g.alnum(48))}"),
    headers={"X-OpenAI-Api-Key": "${k.prov('openai', 'OpenAI')}", "X-Cohere-Api-Key": "${k.tok(k.g.alnum(40))}"},
)

# self-hosted fallback (docker-compose.weaviate.yml):
#   AUTHENTICATION_APIKEY_ENABLED: 'true'
#   AUTHENTICATION_APIKEY_ALLOWED_KEYS: '${k.tok(k.g.alnum(24))},${k.tok(k.g.alnum(24))}'
#   AUTHENTICATION_APIKEY_USERS: 'ingest@corp.example,reader@corp.example'
# local = weaviate.connect_to_local(auth_credentials=Auth.api_key(os.environ["WEAVIATE_KEY"]))

print(client.is_ready())
client.close()
`,
  ),

  doc(
    'agent-vector-qdrant-config',
    ['config-syntax', 'precision'],
    'qdrant/config/production.yaml',
    (k) => `log_level: INFO

storage:
  storage_path: /qdrant/storage
  snapshots_path: /qdrant/snapshots
  on_disk_payload: true

service:
  host: 0.0.0.0
  http_port: 6333
  grpc_port: 6334
  enable_tls: true
  # Set an api-key.
  # If set, all requests must include a header with the api-key.
  api_key: ${k.tok()}
  # read-only key for the dashboards and the eval job
  read_only_api_key: ${k.tok(k.g.alnum(32))}
  jwt_rbac: true

tls:
  cert: ./tls/cert.pem
  key: ./tls/key.pem

cluster:
  enabled: false

telemetry_disabled: true
# example from docs, do not use: api_key: ${k.n('your_secret_api_key_here')}
`,
  ),

  doc(
    'agent-vector-chroma-auth',
    ['config-syntax', 'code', 'precision'],
    'chroma/README.md',
    (k) => `# Chroma server with auth

Server (.env next to docker-compose.yml):

${'```'}
CHROMA_SERVER_AUTHN_PROVIDER=chromadb.auth.token_authn.TokenAuthenticationServerProvider
CHROMA_SERVER_AUTHN_CREDENTIALS=${k.tok()}
CHROMA_AUTH_TOKEN_TRANSPORT_HEADER=${k.n('X-Chroma-Token')}
${'```'}

For the basic-auth variant we generated \`server.htpasswd\` with \`htpasswd -Bbn admin ...\`:

${'```'}
admin:${k.n('$2y$05$' + k.g.base64(53).replace(/[+=]/g, '.'))}
${'```'}

Client:

${'```'}python
import chromadb
from chromadb.config import Settings

client = chromadb.HttpClient(
    host="chroma.lab.internal",
    port=8000,
    settings=Settings(
        chroma_client_auth_provider="chromadb.auth.basic_authn.BasicAuthClientProvider",
        chroma_client_auth_credentials="admin:${k.pw()}",
    ),
)
${'```'}

Token clients send \`X-Chroma-Token: ${k.n('<CHROMA_SERVER_AUTHN_CREDENTIALS>')}\`.
`,
  ),

  doc(
    'agent-vector-milvus-yaml',
    ['config-syntax'],
    'milvus/configs/user.yaml',
    (k) => `# overrides for milvus.yaml (standalone)
etcd:
  endpoints: etcd:2379
minio:
  address: minio
  port: 9000
  accessKeyID: ${k.u('minioadmin')}
  secretAccessKey: ${k.u('minioadmin')}
  bucketName: milvus-bucket
common:
  security:
    authorizationEnabled: true
    # root password set on first boot; changed again after the pentest (ticket SEC-311)
    defaultRootPassword: ${k.hpw()}
    superUsers: root
proxy:
  http:
    enabled: true
# attu UI login for the team: user attu_ro / ${k.pw()}
`,
  ),

  doc(
    'agent-vector-supabase-env',
    ['config-syntax', 'credential-file', 'precision'],
    '.env.local',
    (k) => `# Supabase (pgvector) for the docs chatbot
NEXT_PUBLIC_SUPABASE_URL=https://${k.n(k.g.lower(20))}.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${k.n(
      k.g.pick(['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9']) +
        '.' +
        Buffer.from(JSON.stringify({ iss: 'supabase', role: 'anon', exp: 2070000000 }))
          .toString('base64')
          .replace(/=+$/, '') +
        '.' +
        k.g.base64url(43),
    )}
SUPABASE_SERVICE_ROLE_KEY=${k.jwt({ iss: 'supabase', role: 'service_role', iat: 1754000000, exp: 2069576000 })}
DATABASE_URL=postgresql://postgres.${k.n(k.g.lower(20))}:${k.cs()}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres
OPENAI_API_KEY=${k.ph()}
EMBEDDING_MODEL=${k.n('text-embedding-3-small')}
`,
  ),

  doc(
    'agent-vector-redis-tr',
    ['code', 'config-syntax'],
    'arama/redis_index.py',
    (k) => `# Redis vektör indeksi (RedisVL) — Mehmet
from redisvl.index import SearchIndex
from redisvl.schema import IndexSchema

# Şifre prod ile aynı DEĞİL, sadece staging
REDIS_URL = "redis://:${k.cs()}@redis-staging.iç.example.com.tr:6380/0"
REDIS_PASSWORD_PROD = "${k.hpw()}"  # geçici, Cuma günü silinecek

schema = IndexSchema.from_dict({
    "index": {"name": "urunler", "prefix": "urun"},
    "fields": [
        {"name": "baslik", "type": "text"},
        {"name": "embedding", "type": "vector", "attrs": {"dims": 768, "distance_metric": "cosine", "algorithm": "hnsw"}},
    ],
})
index = SearchIndex(schema, redis_url=REDIS_URL)
index.create(overwrite=False)
`,
  ),

  doc(
    'agent-vector-mongodb-zh',
    ['code'],
    'rag/mongo_store.py',
    (k) => `# MongoDB Atlas 向量检索 —— 小王 测试用
import voyageai
from pymongo import MongoClient

# 连接串（测试集群）
client = MongoClient("mongodb+srv://rag_app:${k.cs()}@cluster0.${k.n(k.g.lower(5))}.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0")
coll = client["kb"]["chunks"]

vo = voyageai.Client(api_key="${k.m.secret('provider', 'pa-' + k.g.base64url(43), 'Voyage AI')}")

def search(q: str, k: int = 5):
    qv = vo.embed([q], model="${k.n('voyage-3-large')}", input_type="query").embeddings[0]
    return list(coll.aggregate([{"$vectorSearch": {"index": "vector_index", "path": "embedding", "queryVector": qv, "numCandidates": 100, "limit": k}}]))

# 管理员账号 admin 密码：${k.hpw()}（只在测试集群）
`,
  ),

  doc(
    'agent-vector-lancedb-cloud',
    ['code', 'precision'],
    'notebooks/lancedb_cloud.py',
    (k) => `import lancedb

db = lancedb.connect(
    uri="db://agent-memory-${k.n(k.g.lower(6))}",
    api_key="${k.tok('sk_' + k.g.alnum(40))}",
    region="us-east-1",
)
tbl = db.open_table("${k.n('episodes')}")
print(tbl.count_rows())
# table version ${k.n('v' + k.g.digits(3))}, manifest ${k.n(k.g.hex(40))}
`,
  ),

  doc(
    'agent-vector-opensearch-neural',
    ['config-syntax', 'http-auth'],
    'infra/opensearch/README.md',
    (k) => `## OpenSearch k-NN cluster

Security plugin users (internal_users.yml excerpt):

${'```'}yaml
kibanaserver:
  hash: "${k.n('$2y$12$' + k.g.base64(53).replace(/[+=]/g, '.'))}"
  reserved: true
rag_ingest:
  hash: "${k.n('$2y$12$' + k.g.base64(53).replace(/[+=]/g, '.'))}"
  backend_roles: ["ingest"]
${'```'}

Plain passwords are in 1Password (vault "Search"). For quick checks:

${'```'}bash
curl -sk -u admin:${k.pw()} https://os-knn-01:9200/_cat/indices?v
curl -sk -H "Authorization: Basic ${k.basic('rag_ingest')}" https://os-knn-01:9200/kb/_search -d @query.json
${'```'}

The ML connector to the embedding service stores its key in the connector body:

${'```'}json
"credential": { "openAI_key": "${k.prov('openai', 'OpenAI')}" },
"headers": { "Authorization": "Bearer \${credential.openAI_key}" }
${'```'}
`,
  ),
];
