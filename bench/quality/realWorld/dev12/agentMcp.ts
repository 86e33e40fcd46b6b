// MCP server configs as people paste them: Claude Desktop, Cursor, VS Code, Windsurf, Zed, Continue, Cline, Claude
// Code; env blocks and args arrays holding tokens and passwords, next to the ${input:...} and ${env:...} forms.
import type { RealWorldDoc } from '../types';
import { doc } from './agentValues';

export const AGENT_MCP_DOCS: RealWorldDoc[] = [
  doc(
    'agent-mcp-claude-desktop-mac',
    ['config-syntax', 'credential-file'],
    'Library/Application Support/Claude/claude_desktop_config.json',
    (k) => `{
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/marcel/Projects", "/Users/marcel/Desktop"]
    },
    "postgres": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://readonly:${k.cs()}@db.staging.internal:5432/analytics"]
    },
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      "env": {
        "GITHUB_PERSONAL_ACCESS_TOKEN": "${k.prov('github', 'GitHub')}"
      }
    },
    "brave-search": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-brave-search"],
      "env": { "BRAVE_API_KEY": "${k.prov('brave', 'Brave Search')}" }
    },
    "obsidian": {
      "command": "uvx",
      "args": ["mcp-obsidian"],
      "env": {
        "OBSIDIAN_API_KEY": "${k.hex(64)}",
        "OBSIDIAN_HOST": "127.0.0.1"
      }
    },
    "company-wiki": {
      "command": "npx",
      "args": ["mcp-remote", "https://wiki-mcp.corp.example/sse", "--header", "Authorization:${k.n('${AUTH_HEADER}')}"],
      "env": { "AUTH_HEADER": "Bearer ${k.bearer()}" }
    }
  }
}
`,
  ),

  doc(
    'agent-mcp-cursor-project',
    ['config-syntax', 'precision'],
    '.cursor/mcp.json',
    (k) => `{
  "mcpServers": {
    "mysql": {
      "command": "uvx",
      "args": ["mysql_mcp_server"],
      "env": {
        "MYSQL_HOST": "10.20.0.14",
        "MYSQL_PORT": "3306",
        "MYSQL_USER": "cursor_ro",
        "MYSQL_PASS": "${k.hpw()}",
        "MYSQL_DATABASE": "shop_prod"
      }
    },
    "atlassian": {
      "command": "uvx",
      "args": ["mcp-atlassian"],
      "env": {
        "JIRA_URL": "https://acme-team.atlassian.net",
        "JIRA_USERNAME": "jonas.becker@acme-team.de",
        "JIRA_API_TOKEN": "${k.tok(k.g.alnum(24))}",
        "CONFLUENCE_URL": "https://acme-team.atlassian.net/wiki",
        "CONFLUENCE_USERNAME": "jonas.becker@acme-team.de",
        "CONFLUENCE_API_TOKEN": "${k.n('${env:CONFLUENCE_TOKEN}')}"
      }
    },
    "linear": {
      "url": "https://mcp.linear.app/sse",
      "headers": { "Authorization": "Bearer ${k.n('${env:LINEAR_API_KEY}')}" }
    },
    "stripe": {
      "command": "npx",
      "args": ["-y", "@stripe/mcp", "--tools=all", "--api-key=${k.prov('stripe', 'Stripe')}"]
    }
  }
}
`,
  ),

  doc(
    'agent-mcp-vscode-inputs',
    ['config-syntax', 'precision'],
    '.vscode/mcp.json',
    (k) => `{
  // inputs prompt once and VS Code keeps them in secret storage
  "inputs": [
    { "type": "promptString", "id": "pg-password", "description": "Postgres password", "password": true },
    { "type": "promptString", "id": "perplexity-key", "description": "Perplexity API Key", "password": true }
  ],
  "servers": {
    "pg": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://app:${k.n('${input:pg-password}')}@localhost/app"]
    },
    "perplexity": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "server-perplexity-ask"],
      "env": { "PERPLEXITY_API_KEY": "${k.n('${input:perplexity-key}')}" }
    },
    // TODO move to inputs too, Lukas hat das nur schnell reingehackt
    "redis": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-redis", "redis://default:${k.cs()}@redis-12731.c8.us-east-1-4.ec2.redns.redis-cloud.com:12731"]
    },
    "weather-internal": {
      "type": "stdio",
      "command": "node",
      "args": ["${k.n('${workspaceFolder}')}/tools/weather-mcp/dist/index.js", "--api-key", "${k.tok()}"]
    }
  }
}
`,
  ),

  doc(
    'agent-mcp-windsurf-neo4j',
    ['config-syntax'],
    '.codeium/windsurf/mcp_config.json',
    (k) => `{
  "mcpServers": {
    "neo4j-memory": {
      "command": "uvx",
      "args": ["mcp-neo4j-memory@${k.n('0.1.4')}"],
      "env": {
        "NEO4J_URL": "bolt://localhost:7687",
        "NEO4J_USERNAME": "neo4j",
        "NEO4J_PASSWORD": "${k.pw()}"
      }
    },
    "supabase": {
      "command": "npx",
      "args": ["-y", "@supabase/mcp-server-supabase@latest", "--read-only", "--project-ref=${k.n('qzkfxbvtrmnwhalepsdc')}"],
      "env": { "SUPABASE_ACCESS_TOKEN": "${k.m.secret('provider', 'sbp_' + k.g.hex(40), 'Supabase')}" }
    },
    "puppeteer": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-puppeteer"],
      "env": { "PUPPETEER_LAUNCH_OPTIONS": "{ \\"headless\\": true }" }
    }
  }
}
`,
  ),

  doc(
    'agent-mcp-zed-settings',
    ['config-syntax'],
    '.config/zed/settings.json',
    (k) => `// Zed settings — MCP Kontext-Server
{
  "theme": "One Dark",
  "buffer_font_size": 14,
  "assistant": { "default_model": { "provider": "anthropic", "model": "${k.n('claude-sonnet-4-5')}" }, "version": "2" },
  "context_servers": {
    "elasticsearch-mcp": {
      "command": {
        "path": "npx",
        "args": ["-y", "@elastic/mcp-server-elasticsearch"],
        "env": {
          "ES_URL": "https://es01.logs.intern:9200",
          "ES_USERNAME": "elastic",
          // Passwort vom Cluster-Setup, bitte nicht ändern
          "ES_PASSWORD": "${k.gpw()}",
          "ES_API_KEY": "${k.tok(k.g.base64(60))}"
        }
      },
      "settings": {}
    },
    "gitlab": {
      "command": {
        "path": "npx",
        "args": ["-y", "@modelcontextprotocol/server-gitlab"],
        "env": { "GITLAB_PERSONAL_ACCESS_TOKEN": "${k.prov('gitlab', 'GitLab')}", "GITLAB_API_URL": "https://git.intern.example/api/v4" }
      }
    }
  },
  "language_models": {
    "openai": { "api_url": "http://localhost:4000/v1", "available_models": [{ "name": "${k.n('gpt-4.1-mini')}", "max_tokens": 128000 }] }
  }
}
`,
  ),

  doc(
    'agent-mcp-continue-yaml',
    ['config-syntax', 'precision'],
    '.continue/config.yaml',
    (k) => `name: Local Assistant
version: 1.0.0
schema: v1
models:
  - name: Claude Sonnet
    provider: anthropic
    model: ${k.n('claude-sonnet-4-20250514')}
    apiKey: ${k.prov('anthropic', 'Anthropic')}
    roles: [chat, edit]
  - name: GPT via hub secret
    provider: openai
    model: ${k.n('gpt-4o')}
    apiKey: ${k.n('${{ secrets.OPENAI_API_KEY }}')}
  - name: qwen-coder local
    provider: ollama
    model: ${k.n('qwen2.5-coder:7b')}
    roles: [autocomplete]
  - name: Firmen-Gateway
    provider: openai
    apiBase: https://llm-gw.firma.de/v1
    model: ${k.n('mistral-large-latest')}
    apiKey: ${k.tok(k.g.alnum(32))}
    requestOptions:
      headers:
        X-Team-Token: ${k.tok()}
mcpServers:
  - name: SQLite
    command: npx
    args: ["-y", "mcp-sqlite", "/Users/yuna/data/notes.db"]
  - name: Sentry
    command: npx
    args: ["-y", "@sentry/mcp-server@latest", "--access-token=${k.prov('sentry', 'Sentry')}"]
`,
  ),

  doc(
    'agent-mcp-cline-settings',
    ['config-syntax'],
    'AppData/Roaming/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
    (k) => `{
  "mcpServers": {
    "grafana": {
      "command": "mcp-grafana",
      "args": [],
      "env": {
        "GRAFANA_URL": "https://grafana.monitoring.local",
        "GRAFANA_API_KEY": "${k.m.secret('provider', 'glsa_' + k.g.alnum(32) + '_' + k.g.hex(8), 'Grafana')}"
      },
      "disabled": false,
      "autoApprove": ["search_dashboards", "list_datasources"]
    },
    "email": {
      "command": "python",
      "args": ["-m", "mcp_email_server"],
      "env": {
        "IMAP_HOST": "imap.gmail.com",
        "IMAP_USER": "camila.rocha.dev@gmail.com",
        "IMAP_PASSWORD": "${k.m.secret('password', k.g.lower(4) + ' ' + k.g.lower(4) + ' ' + k.g.lower(4) + ' ' + k.g.lower(4))}",
        "SMTP_HOST": "smtp.gmail.com",
        "SMTP_USER": "${k.n('${IMAP_USER}')}",
        "SMTP_PASSWORD": "${k.n('same as imap')}"
      },
      "disabled": false,
      "autoApprove": []
    },
    "home-assistant": {
      "command": "uvx",
      "args": ["hass-mcp"],
      "env": { "HA_URL": "http://homeassistant.local:8123", "HA_TOKEN": "${k.jwt({ iss: k.g.hex(32), iat: 1757000000, exp: 2072360000 })}" },
      "disabled": true,
      "autoApprove": []
    }
  }
}
`,
  ),

  doc(
    'agent-mcp-remote-readme-ko',
    ['prose', 'command-line'],
    'docs/mcp/README.ko.md',
    (k) => `# 사내 MCP 서버 연결 가이드

사내 문서 검색 MCP 서버는 SSE로 제공됩니다. Claude Desktop 은 원격 서버를 직접 지원하지 않으므로 \`mcp-remote\` 를 사용하세요.

${'```'}bash
npx mcp-remote https://docs-mcp.internal.example.kr/sse --header "Authorization: Bearer ${k.n('<발급받은_토큰>')}"
${'```'}

토큰은 포털(설정 → API 토큰)에서 발급받으세요. 테스트용 공용 토큰(읽기 전용, 6월까지 유효):

${'```'}
${k.bearer()}
${'```'}

> 참고: 관리자 계정 비밀번호는 \`${k.hpw()}\` 입니다. 임시 비밀번호이니 첫 로그인 후 변경하세요.

## 문제 해결

- \`401 Unauthorized\` → 토큰 만료. 요청 ID (\`${k.n(k.g.uuid())}\`) 를 #mcp-support 채널에 공유하세요.
- \`ECONNREFUSED\` → VPN 연결 확인
`,
  ),

  doc(
    'agent-mcp-docker-compose',
    ['config-syntax'],
    'deploy/mcp/docker-compose.yml',
    (k) => `services:
  mcp-gateway:
    image: docker/mcp-gateway:latest
    command: ["--transport=streaming", "--port=8811", "--servers=postgres,redis,fetch"]
    environment:
      MCP_GATEWAY_AUTH_TOKEN: ${k.tok()}
    ports: ["8811:8811"]

  postgres-mcp:
    image: crystaldba/postgres-mcp:latest
    environment:
      DATABASE_URI: postgresql://agent:${k.cs()}@pg-primary:5432/crm
      ACCESS_MODE: restricted

  redis-mcp:
    image: mcp/redis
    environment:
      - REDIS_HOST=redis
      - REDIS_PORT=6379
      - REDIS_PWD=${k.pw()}
      - REDIS_SSL=false

  redis:
    image: redis:7.4-alpine
    command: ["redis-server", "--requirepass", "${k.n('${REDIS_PWD}')}"]
`,
  ),

  doc(
    'agent-mcp-server-python',
    ['code', 'defaults-in-code', 'precision'],
    'erp_mcp/server.py',
    (k) => `"""MCP-Server für das ERP (Lagerbestand, Aufträge)."""
import os
import httpx
from mcp.server.fastmcp import FastMCP
from pydantic import Field

mcp = FastMCP("erp")

ERP_BASE = os.getenv("ERP_BASE", "https://erp.intern.example:8443/api")
ERP_USER = os.getenv("ERP_USER", "svc_mcp")
ERP_PASSWORD = os.getenv("ERP_PASSWORD", "${k.hpw()}")  # fallback für lokale Tests
HEADERS = {"X-Internal-Token": "${k.tok()}", "Accept": "application/json"}


@mcp.tool()
async def lagerbestand(artikel_nr: str = Field(description="Artikelnummer, z.B. ${k.n('A-100234')}")) -> dict:
    async with httpx.AsyncClient(auth=(ERP_USER, ERP_PASSWORD), headers=HEADERS) as c:
        r = await c.get(f"{ERP_BASE}/stock/{artikel_nr}")
        return r.json()


@mcp.tool()
async def benutzer_anlegen(
    login: str,
    password: str = Field(description="${k.n('Passwort des neuen Benutzers (mind. 12 Zeichen)')}"),
) -> str:
    """Legt einen ERP-Benutzer an."""
    async with httpx.AsyncClient(auth=(ERP_USER, ERP_PASSWORD), headers=HEADERS) as c:
        r = await c.post(f"{ERP_BASE}/users", json={"login": login, "password": password})
        return "ok" if r.status_code == 201 else r.text


if __name__ == "__main__":
    mcp.run()
`,
  ),

  doc(
    'agent-mcp-server-ts',
    ['code', 'defaults-in-code', 'precision'],
    'src/index.ts',
    (k) => `#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const CRM_URL = process.env.CRM_URL ?? "https://crm.example.io/api/v2";
// dev fallback so \`npm run inspect\` works without env
const CRM_KEY = process.env.CRM_KEY ?? "${k.tok()}";
const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET || "${k.tok(k.g.alnum(32))}";

const server = new McpServer({ name: "crm-mcp", version: "${k.n('0.4.2')}" });

server.tool(
  "create_contact",
  { email: z.string().email(), apiKey: z.string().optional().describe("${k.n('override API key')}") },
  async ({ email, apiKey }) => {
    const res = await fetch(\`\${CRM_URL}/contacts\`, {
      method: "POST",
      headers: { "x-api-key": apiKey ?? CRM_KEY, "content-type": "application/json" },
      body: JSON.stringify({ email }),
    });
    return { content: [{ type: "text", text: await res.text() }] };
  },
);

await server.connect(new StdioServerTransport());
`,
  ),

  doc(
    'agent-mcp-claude-code-json',
    ['config-syntax', 'http-auth', 'precision'],
    '.mcp.json',
    (k) => `{
  "mcpServers": {
    "sentry": {
      "type": "http",
      "url": "https://mcp.sentry.dev/mcp",
      "headers": { "Authorization": "Bearer ${k.n('${SENTRY_AUTH_TOKEN}')}" }
    },
    "metrics": {
      "type": "sse",
      "url": "https://metrics-mcp.internal.example/sse?api_key=${k.http(k.g.hex(40))}"
    },
    "docs": {
      "type": "http",
      "url": "https://docs-mcp.internal.example/mcp",
      "headers": { "X-API-Key": "${k.http(k.g.alnum(36))}" }
    },
    "playwright": { "command": "npx", "args": ["@playwright/mcp@latest"] }
  }
}
`,
  ),

  doc(
    'agent-mcp-inspector-notes-ru',
    ['prose', 'command-line', 'logs-and-output'],
    'notes/mcp-debug.md',
    (k) => `# Отладка MCP сервера

Запускаю inspector так (пароль от тестовой базы, не прод):

    npx @modelcontextprotocol/inspector -e DB_PASSWORD=${k.pw()} -e API_TOKEN=${k.tok()} node build/index.js

Вывод:

    Starting MCP inspector...
    ⚙️ Proxy server listening on 127.0.0.1:6277
    🔑 Session token: ${k.u(k.g.hex(64))}
    🔗 Open inspector with token pre-filled:
       http://localhost:6274/?MCP_PROXY_AUTH_TOKEN=${k.n('<тот же токен>')}

Ошибка была в том, что \`API_TOKEN\` читался как \`process.env.API_KEY\`. Исправлено в коммите ${k.n(k.g.hex(40))}.

Для прода пароль лежит в Vault: \`${k.n('vault kv get secret/mcp/db')}\`.
`,
  ),
];
