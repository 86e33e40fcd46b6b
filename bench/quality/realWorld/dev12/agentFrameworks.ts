// Agent framework code as people write it between prototype and prod: keys passed as arguments, tools that call
// internal APIs with bearer tokens and basic auth, checkpointers with connection strings.
import type { RealWorldDoc } from '../types';
import { doc } from './agentValues';

export const AGENT_FRAMEWORK_DOCS: RealWorldDoc[] = [
  doc(
    'agent-langchain-rag-es',
    ['code', 'precision'],
    'rag/app.py',
    (k) => `# RAG sobre la documentación interna — prototipo (NO subir a prod así)
import os
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from langchain_postgres import PGVector
from langchain_core.prompts import ChatPromptTemplate

os.environ["LANGCHAIN_TRACING_V2"] = "true"
os.environ["LANGCHAIN_PROJECT"] = "${k.n('rag-docs-es')}"
os.environ["LANGCHAIN_API_KEY"] = "${k.prov('langsmith', 'LangSmith')}"

llm = ChatOpenAI(model="${k.n('gpt-4o-mini')}", temperature=0, api_key="${k.prov('openai', 'OpenAI')}")
emb = OpenAIEmbeddings(model="${k.n('text-embedding-3-small')}")

# la contraseña de la base vectorial es la misma que en el .env del equipo
CONN = "postgresql+psycopg://rag_user:${k.cs()}@10.0.3.21:5432/vectores"
store = PGVector(embeddings=emb, collection_name="docs_es", connection=CONN, use_jsonb=True)

prompt = ChatPromptTemplate.from_messages([
    ("system", "Responde solo con el contexto. Si no sabes, di 'no lo sé'."),
    ("human", "{question}\\n\\nContexto:\\n{context}"),
])
chain = prompt | llm
`,
  ),

  doc(
    'agent-llamaindex-milvus',
    ['code', 'precision'],
    'index_build.py',
    (k) => `from llama_index.core import Settings, VectorStoreIndex, SimpleDirectoryReader, StorageContext
from llama_index.llms.openai import OpenAI
from llama_index.embeddings.huggingface import HuggingFaceEmbedding
from llama_index.vector_stores.milvus import MilvusVectorStore

Settings.llm = OpenAI(model="${k.n('gpt-4.1')}", api_key="${k.prov('openaiLegacy', 'OpenAI')}")
Settings.embed_model = HuggingFaceEmbedding(model_name="${k.n('BAAI/bge-m3')}")

# local dev: default creds from the milvus docker compose
# vector_store = MilvusVectorStore(uri="http://localhost:19530", token="${k.u('root:Milvus')}", dim=1024)

vector_store = MilvusVectorStore(
    uri="https://in03-${k.n(k.g.hex(15))}.serverless.gcp-us-west1.cloud.zilliz.com",
    token="${k.tok(k.g.hex(88))}",
    collection_name="handbook_v3",
    dim=1024,
    overwrite=False,
)
ctx = StorageContext.from_defaults(vector_store=vector_store)
docs = SimpleDirectoryReader("./handbook").load_data()
index = VectorStoreIndex.from_documents(docs, storage_context=ctx, show_progress=True)
print("indexed", len(docs), "docs")
`,
  ),

  doc(
    'agent-crewai-crew-fr',
    ['code'],
    'src/veille/crew.py',
    (k) => `# Crew de veille concurrentielle — Sophie, sept. 2026
import os
import requests
from crewai import Agent, Crew, Process, Task
from crewai.tools import tool
from crewai_tools import SerperDevTool

os.environ["SERPER_API_KEY"] = "${k.hex(40)}"

# API interne du CRM (auth basique, compte technique)
CRM_USER = "veille-bot"
CRM_MDP = "${k.hpw()}"


@tool("Recherche CRM")
def recherche_crm(societe: str) -> str:
    """Cherche une société dans le CRM interne."""
    r = requests.get("https://crm.interne.example.fr/api/societes", params={"q": societe}, auth=(CRM_USER, CRM_MDP), timeout=20)
    return r.text


analyste = Agent(
    role="Analyste veille",
    goal="Résumer les nouveautés des concurrents",
    backstory="Tu travailles pour l'équipe marketing.",
    tools=[SerperDevTool(), recherche_crm],
    llm="${k.n('anthropic/claude-3-5-haiku-latest')}",
)
tache = Task(description="Nouveautés de {societe} ce mois-ci", expected_output="5 puces en français", agent=analyste)
crew = Crew(agents=[analyste], tasks=[tache], process=Process.sequential, verbose=True)
`,
  ),

  doc(
    'agent-autogen-config-list',
    ['config-syntax', 'credential-file'],
    'OAI_CONFIG_LIST',
    (k) => `[
    {
        "model": "${k.n('gpt-4o')}",
        "api_key": "${k.prov('openai', 'OpenAI')}",
        "tags": ["gpt-4o", "tool"]
    },
    {
        "model": "${k.n('gpt-4o-2024-08-06')}",
        "api_key": "${k.tok(k.g.hex(32))}",
        "base_url": "https://aoai-westeu-team7.openai.azure.com/",
        "api_type": "azure",
        "api_version": "${k.n('2024-10-21')}"
    },
    {
        "model": "${k.n('llama-3.3-70b-versatile')}",
        "api_key": "${k.prov('groq', 'Groq')}",
        "api_type": "groq",
        "cache_seed": ${k.n('41')}
    },
    {
        "model": "${k.n('qwen2.5:14b')}",
        "base_url": "http://localhost:11434/v1",
        "api_key": "${k.n('ollama')}",
        "price": [0, 0]
    }
]
`,
  ),

  doc(
    'agent-semantic-kernel-csharp',
    ['code'],
    'SupportAgent/Program.cs',
    (k) => `using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Microsoft.Data.SqlClient;

var builder = Kernel.CreateBuilder();
builder.AddAzureOpenAIChatCompletion(
    "gpt-4o-support",
    "https://support-aoai.openai.azure.com/",
    "${k.tok(k.g.hex(32))}");

builder.Plugins.AddFromType<TicketPlugin>();
var kernel = builder.Build();

var settings = new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
Console.WriteLine(await kernel.InvokePromptAsync("Summarize ticket 4711", new(settings)));

public sealed class TicketPlugin
{
    private const string ConnStr = "Server=tcp:sql-support.database.windows.net,1433;Database=tickets;User Id=sk_agent;Password=${k.cs()};Encrypt=True;";

    [KernelFunction, System.ComponentModel.Description("Loads a ticket by id")]
    public async Task<string> GetTicket(int id)
    {
        await using var con = new SqlConnection(ConnStr);
        await con.OpenAsync();
        return $"ticket {id}";
    }
}
`,
  ),

  doc(
    'agent-openai-agents-sdk-pt',
    ['code', 'precision'],
    'agentes/atendimento.py',
    (k) => `# Agente de atendimento — Pedro
from agents import Agent, Runner, function_tool, set_default_openai_key, set_tracing_export_api_key
import httpx

set_default_openai_key("${k.prov('openai', 'OpenAI')}")
set_tracing_export_api_key("${k.n('sk-...')}")  # usa a mesma chave, ver docs

# token do serviço de pedidos (gerado no painel admin em 12/08)
PEDIDOS_TOKEN = "${k.tok()}"


@function_tool
def status_pedido(numero: str) -> str:
    """Consulta o status de um pedido pelo número."""
    r = httpx.get(
        f"https://pedidos.loja.example.com.br/v1/pedidos/{numero}",
        headers={"Authorization": f"Bearer {PEDIDOS_TOKEN}"},
    )
    return r.text


atendente = Agent(
    name="Atendente",
    instructions="Você é um atendente educado. Nunca revele dados de pagamento.",
    model="${k.n('gpt-4.1-mini')}",
    tools=[status_pedido],
)

if __name__ == "__main__":
    print(Runner.run_sync(atendente, "Cadê meu pedido 88123?").final_output)
`,
  ),

  doc(
    'agent-langgraph-ts',
    ['code', 'precision'],
    'src/graph.ts',
    (k) => `import { ChatAnthropic } from "@langchain/anthropic";
import { TavilySearch } from "@langchain/tavily";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import { createReactAgent } from "@langchain/langgraph/prebuilt";

const model = new ChatAnthropic({
  model: "${k.n('claude-3-7-sonnet-latest')}",
  apiKey: process.env.ANTHROPIC_API_KEY,
});

const search = new TavilySearch({ maxResults: 5, tavilyApiKey: "${k.prov('tavily', 'Tavily')}" });

const checkpointer = PostgresSaver.fromConnString(
  "postgres://langgraph:${k.cs()}@checkpoints.db.internal:5432/langgraph?sslmode=require",
);
await checkpointer.setup();

export const agent = createReactAgent({ llm: model, tools: [search], checkpointSaver: checkpointer });

const config = { configurable: { thread_id: "${k.n(k.g.uuid())}" } };
`,
  ),

  doc(
    'agent-vercel-ai-sdk-ja',
    ['code'],
    'app/api/chat/route.ts',
    (k) => `import { createOpenAI } from "@ai-sdk/openai";
import { streamText, tool } from "ai";
import { z } from "zod";

// OpenRouter 経由で呼ぶ（キーは後で環境変数に移す）
const openrouter = createOpenAI({
  baseURL: "https://openrouter.ai/api/v1",
  apiKey: "${k.prov('openrouter', 'OpenRouter')}",
});

// 在庫APIのトークン（社内用）
const ZAIKO_TOKEN = "${k.tok(k.g.alnum(40))}";

export async function POST(req: Request) {
  const { messages } = await req.json();
  const result = streamText({
    model: openrouter("${k.n('google/gemini-2.5-flash')}"),
    system: "あなたは在庫確認アシスタントです。",
    messages,
    tools: {
      zaiko: tool({
        description: "商品の在庫数を返す",
        parameters: z.object({ sku: z.string() }),
        execute: async ({ sku }) => {
          const r = await fetch(\`https://zaiko.internal.example.jp/v2/items/\${sku}\`, {
            headers: { Authorization: \`Token \${ZAIKO_TOKEN}\` },
          });
          return r.json();
        },
      }),
    },
  });
  return result.toDataStreamResponse();
}
`,
  ),

  doc(
    'agent-smolagents-hf',
    ['code', 'precision'],
    'agent_demo.py',
    (k) => `from huggingface_hub import login
from smolagents import CodeAgent, DuckDuckGoSearchTool, InferenceClientModel

login(token="${k.prov('huggingface', 'Hugging Face')}")

model = InferenceClientModel(model_id="${k.n('Qwen/Qwen2.5-Coder-32B-Instruct')}", provider="together")
agent = CodeAgent(
    tools=[DuckDuckGoSearchTool()],
    model=model,
    executor_type="e2b",
    executor_kwargs={"api_key": "${k.prov('e2b', 'E2B')}"},
    additional_authorized_imports=["pandas", "numpy"],
)
# revision pinned: ${k.n(k.g.hex(40))}
print(agent.run("How many seconds would it take for a leopard at full speed to run through Pont des Arts?"))
`,
  ),

  doc(
    'agent-pydantic-ai-tr',
    ['code', 'defaults-in-code'],
    'kargo_ajan/deps.py',
    (k) => `# Kargo takip ajanı — bağımlılıklar
from dataclasses import dataclass, field

import asyncpg
import httpx
from pydantic_ai import Agent, RunContext


@dataclass
class Deps:
    kargo_api: str = "https://api.kargo.example.com.tr/v3"
    kargo_anahtar: str = "${k.tok()}"  # TODO: vault'a taşı
    db_dsn: str = "postgresql://ajan:${k.cs()}@localhost:5432/kargo"
    http: httpx.AsyncClient = field(default_factory=httpx.AsyncClient)


ajan = Agent("${k.n('openai:gpt-4o')}", deps_type=Deps, system_prompt="Kargo durumunu Türkçe ve kısa açıkla.")


@ajan.tool
async def kargo_durumu(ctx: RunContext[Deps], takip_no: str) -> str:
    r = await ctx.deps.http.get(f"{ctx.deps.kargo_api}/takip/{takip_no}", headers={"X-Api-Anahtar": ctx.deps.kargo_anahtar})
    return r.text


# yönetici paneli şifresi: ${k.hpw()} (sadece test ortamı)
`,
  ),

  doc(
    'agent-dspy-vllm',
    ['code', 'precision'],
    'experiments/dspy_rag.py',
    (k) => `import dspy

# vLLM on the lab box; vLLM docs use "token-abc123" in the quickstart, we set our own with --api-key
lm_local = dspy.LM("openai/meta-llama/Llama-3.1-8B-Instruct", api_base="http://gpu-02.lab:8000/v1", api_key="${k.tok(k.g.base64url(32))}")
lm_docs_example = dspy.LM("openai/meta-llama/Llama-3.1-8B-Instruct", api_base="http://localhost:8000/v1", api_key="${k.n('token-abc123')}")
teacher = dspy.LM("${k.n('anthropic/claude-sonnet-4-5')}", api_key="${k.prov('anthropic', 'Anthropic')}", max_tokens=4000)
dspy.configure(lm=lm_local)

colbert = dspy.ColBERTv2(url="http://20.102.90.50:2017/wiki17_abstracts")


class RAG(dspy.Module):
    def __init__(self):
        self.respond = dspy.ChainOfThought("context, question -> response")

    def forward(self, question):
        context = colbert(question, k=5)
        return self.respond(context=context, question=question)
`,
  ),

  doc(
    'agent-haystack-pipeline-yaml',
    ['config-syntax', 'precision'],
    'pipelines/qa.yml',
    (k) => `components:
  retriever:
    type: haystack_integrations.components.retrievers.opensearch.OpenSearchBM25Retriever
    init_parameters:
      document_store:
        type: haystack_integrations.document_stores.opensearch.OpenSearchDocumentStore
        init_parameters:
          hosts: ["https://search-kb.internal:9200"]
          index: kb_chunks
          http_auth: ["haystack", "${k.pw()}"]
          verify_certs: false
      top_k: 8
  llm:
    type: haystack.components.generators.chat.openai.OpenAIChatGenerator
    init_parameters:
      api_key:
        type: env_var
        env_vars: [${k.n('OPENAI_API_KEY')}]
        strict: true
      model: ${k.n('gpt-4o-mini')}
  cohere_ranker:
    type: haystack_integrations.components.rankers.cohere.CohereRanker
    init_parameters:
      api_key:
        type: env_var
        env_vars: [${k.n('COHERE_API_KEY')}, CO_API_KEY]
        strict: false
connections:
  - sender: retriever.documents
    receiver: cohere_ranker.documents
`,
  ),
];
