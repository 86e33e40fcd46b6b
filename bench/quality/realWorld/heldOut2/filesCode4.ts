// rw-held-out2 files part: Go and C# sources with connection strings, tokens and test tables.
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_CODE4_DOCS: RealWorldDoc[] = [
  fdoc(
    'go-main-config',
    ['code'],
    'cmd/ingest/main.go',
    (k) => `package main

import (
	"context"
	"database/sql"
	"log"
	"time"

	_ "github.com/lib/pq"
	"github.com/slack-go/slack"
)

const (
	dsn        = "host=pg.internal port=5432 user=ingest password=${k.cs()} dbname=events sslmode=require"
	slackToken = "${k.prov('slackBot', 'Slack bot token')}"
	channelID  = "${k.n('C04ABCDEF12')}"
)

var hmacKey = []byte("${k.tok()}")

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatalf("open db: %v", err)
	}
	defer db.Close()

	api := slack.New(slackToken)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, _, err := api.PostMessageContext(ctx, channelID, slack.MsgOptionText("ingest started", false)); err != nil {
		log.Printf("slack: %v", err)
	}
	run(ctx, db, hmacKey)
}
`,
  ),

  fdoc(
    'go-test-table',
    ['code', 'precision'],
    'internal/auth/basic_test.go',
    (k) => `package auth

import "testing"

func TestParseBasic(t *testing.T) {
	cases := []struct {
		name   string
		header string
		user   string
		ok     bool
	}{
		{"empty", "", "", false},
		{"no scheme", "${k.n('dXNlcg==')}", "", false},
		{"placeholder", "Basic ${k.n('<base64>')}", "", false},
		{"real staging creds", "Basic ${k.basic('ci-bot')}", "ci-bot", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			u, _, ok := ParseBasic(tc.header)
			if ok != tc.ok || u != tc.user {
				t.Fatalf("got %q %v", u, ok)
			}
		})
	}
}

const fixtureDigest = "${k.nSha()}"
`,
  ),
  fdoc(
    'csharp-appsettings-code',
    ['code'],
    'src/Acme.Api/Startup.cs',
    (k) => `using Microsoft.Extensions.DependencyInjection;
using Azure.Storage.Blobs;

namespace Acme.Api
{
    public class Startup
    {
        private const string StorageConnection =
            "DefaultEndpointsProtocol=https;AccountName=acmeprodfiles;AccountKey=${k.prov('azureStorageKey', 'Azure storage account key')};EndpointSuffix=core.windows.net";

        private const string SqlConnection =
            "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=acme;User ID=acme_app;Password=${k.cs()};Encrypt=True;";

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddSingleton(new BlobServiceClient(StorageConnection));
            services.AddDbContext<AcmeContext>(o => o.UseSqlServer(SqlConnection));
            services.AddAuthentication().AddMicrosoftIdentityWebApi(o =>
            {
                o.ClientId = "${k.nUuid()}";
                o.TenantId = "${k.nUuid()}";
                o.ClientSecret = "${k.prov('azureClientSecret', 'Azure AD client secret')}";
            });
        }
    }
}
`,
  ),

  fdoc(
    'csharp-unit-test-moq',
    ['code'],
    'tests/Acme.Tests/PaymentGatewayTests.cs',
    (k) => `using Xunit;
using Moq;

public class PaymentGatewayTests
{
    private const string Sandbox = "${k.prov('braintree', 'Braintree access token')}";

    [Fact]
    public void Charges_With_Sandbox_Token()
    {
        var http = new Mock<IHttpClient>();
        var gw = new PaymentGateway(http.Object, accessToken: Sandbox);
        gw.Charge(1200, "EUR");
        http.Verify(h => h.Post(It.IsAny<string>(), It.IsAny<object>()), Times.Once);
    }

    [Theory]
    [InlineData("")]
    [InlineData("${k.n('invalid-token')}")]
    public void Rejects_Bad_Tokens(string token)
    {
        Assert.Throws<ArgumentException>(() => new PaymentGateway(Mock.Of<IHttpClient>(), token));
    }
}
`,
  ),
];
