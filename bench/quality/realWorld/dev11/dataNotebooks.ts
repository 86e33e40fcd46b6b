// rw-dev11 data: Jupyter notebooks as saved (.ipynb JSON: cells, sources as string arrays, outputs with stdout
// and repr text), plus their exported .py scripts. Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc, type DataKit } from './dataValues';

const META = (k: DataKit) => `"metadata": {
  "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "${k.n('python3')}"},
  "language_info": {"name": "python", "version": "${k.n('3.11.6')}"}
 },
 "nbformat": 4,
 "nbformat_minor": 5`;

export const DATA_NOTEBOOK_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-nb-churn-postgres',
    ['code', 'config-syntax'],
    'notebooks/churn_exploration.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "${k.n(k.hex(8))}",
   "metadata": {},
   "source": ["# Churn exploration Q3\\n", "pulls from the replica, don't run the big query during business hours"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "${k.n(k.hex(8))}",
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "\\n",
    "engine = create_engine(\\"postgresql+psycopg2://analyst:${k.cs()}@replica-2.db.internal:5432/prod\\")\\n",
    "df = pd.read_sql(\\"select * from churn_features where month >= '2024-01-01'\\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "${k.n(k.hex(8))}",
   "metadata": {},
   "outputs": [
    {
     "data": {"text/plain": ["(48213, 37)"]},
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": ["df.shape"]
  }
 ],
 ${META(k)}
}
`,
  ),

  ddoc('data-nb-wandb-login-output', ['code', 'logs-and-output'], 'experiments/train_bert.ipynb', (k) => {
    const key = k.tok(k.hex(40));
    return `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {"collapsed": false},
   "outputs": [
    {
     "name": "stderr",
     "output_type": "stream",
     "text": [
      "wandb: Currently logged in as: ${k.n('kenji-ml')}. Use \`wandb login --relogin\` to force relogin\\n",
      "wandb: Tracking run with wandb version 0.16.2\\n",
      "wandb: Run data is saved locally in /content/wandb/run-20240611_101522-${k.n(k.g.alnum(8).toLowerCase())}\\n"
     ]
    }
   ],
   "source": [
    "!pip install -q wandb transformers datasets\\n",
    "import wandb\\n",
    "wandb.login(key=\\"${key}\\")\\n",
    "run = wandb.init(project=\\"bert-finetune\\", entity=\\"nlp-lab\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from huggingface_hub import login\\n",
    "login(token=\\"${k.prov('huggingface', 'Hugging Face')}\\")  # write token, TODO move to secrets\\n",
    "model_id = \\"bert-base-multilingual-cased\\"\\n",
    "revision = \\"${k.n(k.sha())}\\""
   ]
  }
 ],
 ${META(k)}
}
`;
  }),

  ddoc(
    'data-nb-colab-userdata',
    ['code', 'precision'],
    'colab/fine_tune_llama.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {"id": "${k.n(k.g.alnum(12))}"},
   "source": ["Keys live in Colab secrets (the key icon on the left). Don't paste them into cells!"]
  },
  {
   "cell_type": "code",
   "metadata": {"id": "${k.n(k.g.alnum(12))}"},
   "outputs": [],
   "source": [
    "from google.colab import userdata\\n",
    "HF_TOKEN = userdata.get('${k.n('HF_TOKEN')}')\\n",
    "WANDB_API_KEY = userdata.get('${k.n('WANDB_API_KEY')}')\\n",
    "import os\\n",
    "os.environ['HF_TOKEN'] = ${k.n('HF_TOKEN')}\\n",
    "# os.environ['OPENAI_API_KEY'] = '${k.n('sk-...')}'"
   ]
  },
  {
   "cell_type": "code",
   "metadata": {"id": "${k.n(k.g.alnum(12))}"},
   "outputs": [
    {"output_type": "stream", "name": "stdout", "text": ["trainable params: 4,194,304 || all params: 6,742,609,920 || trainable%: 0.0622\\n"]}
   ],
   "source": ["model.print_trainable_parameters()"]
  }
 ],
 "metadata": {"accelerator": "GPU", "colab": {"provenance": []}},
 "nbformat": 4,
 "nbformat_minor": 0
}
`,
  ),

  ddoc(
    'data-nb-snowflake-connector',
    ['code', 'config-syntax'],
    'notebooks/revenue_weekly.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\\n",
    "ctx = snowflake.connector.connect(\\n",
    "    user='SVC_REPORTING',\\n",
    "    password='${k.pw()}',\\n",
    "    account='${k.n('xy12345.eu-central-1')}',\\n",
    "    warehouse='REPORTING_WH',\\n",
    "    database='ANALYTICS',\\n",
    "    schema='MARTS',\\n",
    "    role='REPORTER'\\n",
    ")\\n",
    "cs = ctx.cursor()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 6,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["query id: ${k.n(k.uuid())}\\n", "rows: 1204\\n"]
    }
   ],
   "source": ["cs.execute(open('sql/revenue_weekly.sql').read())\\n", "print('query id:', cs.sfqid)\\n", "print('rows:', cs.rowcount)"]
  }
 ],
 ${META(k)}
}
`,
  ),

  ddoc(
    'data-nb-mlflow-databricks',
    ['code', 'config-syntax'],
    'notebooks/mlflow_tracking.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, mlflow\\n",
    "os.environ[\\"DATABRICKS_HOST\\"] = \\"https://adb-${k.n(k.g.digits(16))}.7.azuredatabricks.net\\"\\n",
    "os.environ[\\"DATABRICKS_TOKEN\\"] = \\"${k.prov('databricks', 'Databricks')}\\"\\n",
    "os.environ[\\"MLFLOW_TRACKING_USERNAME\\"] = \\"lucia.m\\"\\n",
    "os.environ[\\"MLFLOW_TRACKING_PASSWORD\\"] = \\"${k.pw()}\\"\\n",
    "mlflow.set_tracking_uri(\\"databricks\\")\\n",
    "mlflow.set_experiment(\\"/Users/lucia.m/forecast\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "with mlflow.start_run(run_name=\\"xgb-v3\\") as run:\\n",
    "    mlflow.log_param(\\"max_depth\\", 6)\\n",
    "    mlflow.log_metric(\\"rmse\\", 12.7)\\n",
    "print(run.info.run_id)  # ${k.n(k.hex(32))}"
   ]
  }
 ],
 ${META(k)}
}
`,
  ),

  ddoc(
    'data-nb-scraper-apikey',
    ['code'],
    'scraping/weather_scrape.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, time\\n",
    "APIKEY = '${k.tok(k.hex(32))}'   # openweathermap, free tier\\n",
    "cities = ['Berlin', 'Lisboa', 'Kraków', 'İzmir']\\n",
    "def fetch(city):\\n",
    "    r = requests.get(f'https://api.openweathermap.org/data/2.5/weather?q={city}&appid={APIKEY}&units=metric')\\n",
    "    return r.json()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "GET https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=${k.n('{APIKEY}')}&units=metric -> 200\\n",
      "etag: W/\\"${k.n(k.hex(32))}\\"\\n"
     ]
    }
   ],
   "source": ["for c in cities:\\n", "    d = fetch(c); time.sleep(1)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "# rapidapi for the geo lookup\\n",
    "headers = {\\"X-RapidAPI-Key\\": \\"${k.tok(k.g.alnum(50).toLowerCase())}\\", \\"X-RapidAPI-Host\\": \\"wft-geo-db.p.rapidapi.com\\"}"
   ]
  }
 ],
 ${META(k)}
}
`,
  ),

  ddoc('data-nb-mysql-output-traceback', ['code', 'logs-and-output'], 'notebooks/orders_cleanup.ipynb', (k) => {
    const pw = k.pw();
    return `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "ename": "OperationalError",
     "evalue": "(pymysql.err.OperationalError) (1045, \\"Access denied for user 'etl'@'10.2.0.15' (using password: YES)\\")",
     "output_type": "error",
     "traceback": [
      "OperationalError                          Traceback (most recent call last)",
      "Cell In[4], line 3\\n      1 import pymysql\\n----> 3 conn = pymysql.connect(host='mysql-orders', user='etl', passwd='${pw}', db='orders')"
     ]
    }
   ],
   "source": [
    "import pymysql\\n",
    "\\n",
    "conn = pymysql.connect(host='mysql-orders', user='etl', passwd='${k.n('********')}', db='orders')"
   ]
  }
 ],
 ${META(k)}
}
`;
  }),

  ddoc(
    'data-nb-bigquery-sa-json',
    ['code', 'credential-file'],
    'notebooks/ga4_export.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from google.cloud import bigquery\\n",
    "from google.oauth2 import service_account\\n",
    "info = {\\n",
    "  \\"type\\": \\"service_account\\",\\n",
    "  \\"project_id\\": \\"ga4-export-${k.n(k.g.digits(6))}\\",\\n",
    "  \\"private_key_id\\": \\"${k.n(k.hex(40))}\\",\\n",
    "  \\"client_email\\": \\"bq-reader@ga4-export.iam.gserviceaccount.com\\",\\n",
    "  \\"client_id\\": \\"${k.n(k.g.digits(21))}\\",\\n",
    "}\\n",
    "creds = service_account.Credentials.from_service_account_info(info)\\n",
    "client = bigquery.Client(credentials=creds)"
   ]
  }
 ],
 ${META(k)}
}
`,
  ),

  ddoc(
    'data-py-export-openai-summaries',
    ['code'],
    'scripts/summarize_tickets.py',
    (k) => `#!/usr/bin/env python
# coding: utf-8
# exported from summarize_tickets.ipynb

# In[1]:

import openai, pandas as pd
openai.api_key = "${k.prov('openai', 'OpenAI')}"

# In[2]:

tickets = pd.read_csv("exports/zendesk_2024-05.csv")
tickets = tickets[tickets.status != "closed"]

# In[3]:

ZENDESK_USER = "support-bot@shop.example/token"
ZENDESK_TOKEN = "${k.tok(k.g.alnum(40))}"
auth = (ZENDESK_USER, ZENDESK_TOKEN)

# In[ ]:

# old key, revoked 2024-04: ${k.n('sk-...Qx3f')}
`,
  ),

  ddoc(
    'data-py-export-kaggle-redshift',
    ['code'],
    'scripts/load_kaggle_to_redshift.py',
    (k) => `# In[1]:
import os, json
os.makedirs(os.path.expanduser("~/.kaggle"), exist_ok=True)
with open(os.path.expanduser("~/.kaggle/kaggle.json"), "w") as f:
    json.dump({"username": "hana_w", "key": "${k.tok(k.hex(32))}"}, f)

# In[2]:
get_ipython().system('kaggle datasets download -d olistbr/brazilian-ecommerce -p data/')

# In[3]:
import redshift_connector
conn = redshift_connector.connect(
    host='dwh.abc123xyz.eu-west-1.redshift.amazonaws.com',
    database='dev',
    port=5439,
    user='loader',
    password='${k.pw()}'
)

# In[4]:
# checksum of the zip: ${k.n(k.hex(64))}
`,
  ),

  ddoc(
    'data-nb-markdown-creds-cell',
    ['prose', 'code'],
    'notebooks/onboarding_sandbox.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "## Sandbox access\\n",
    "\\n",
    "Host: \`sandbox-pg.analytics.local\`  \\n",
    "User: \`intern_2024\`  \\n",
    "Pass: \`${k.pw()}\`  \\n",
    "\\n",
    "Metabase: same user, password is ${k.pw()} (ask Goran if it was rotated)\\n",
    "\\n",
    "The API key for the internal feature store is \`${k.tok()}\`."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": ["%load_ext sql\\n", "%sql postgresql://intern_2024:${k.n('$PGPASSWORD')}@sandbox-pg.analytics.local/sandbox"]
  }
 ],
 ${META(k)}
}
`,
  ),

  ddoc(
    'data-nb-sql-magic-inline',
    ['code', 'command-line'],
    'notebooks/adhoc_queries.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Connecting to 'mssql+pyodbc://reporting:***@sql01/BI?driver=ODBC+Driver+18+for+SQL+Server'\\n"]}],
   "source": ["%load_ext sql\\n", "%sql mssql+pyodbc://reporting:${k.cs()}@sql01/BI?driver=ODBC+Driver+18+for+SQL+Server"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "%env CLICKHOUSE_PASSWORD=${k.pw()}\\n",
    "!clickhouse-client --host ch-1 --user readonly --password \\"$CLICKHOUSE_PASSWORD\\" -q 'select count() from events'"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": ["!curl -s -H 'Authorization: Bearer ${k.jwt()}' https://metrics.internal/api/v1/export > export.json"]
  }
 ],
 ${META(k)}
}
`,
  ),
];
