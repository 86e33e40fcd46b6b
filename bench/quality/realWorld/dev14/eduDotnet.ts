// C# and C/C++ coursework: WinForms and ASP.NET projects with connection strings, socket and database exercises.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_DOTNET_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-winforms-app-config',
    ['config-syntax'],
    'InventoryManager/App.config',
    (k) => `<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <connectionStrings>
    <add name="InventoryDb"
         connectionString="Data Source=.\\SQLEXPRESS;Initial Catalog=Inventory;User ID=sa;Password=${k.cs()};"
         providerName="System.Data.SqlClient" />
    <add name="LocalDb"
         connectionString="Data Source=(LocalDB)\\MSSQLLocalDB;AttachDbFilename=|DataDirectory|\\Inventory.mdf;Integrated Security=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="AdminPassword" value="${k.hpw()}" />
    <add key="ReportFolder" value="C:\\Reports" />
    <add key="SmtpPassword" value="${k.n('%SMTP_PASSWORD%')}" />
  </appSettings>
</configuration>
`,
  ),

  eduDoc(
    'edu-winforms-login-form',
    ['code', 'defaults-in-code'],
    'LibrarySystem/frmLogin.cs',
    (k) => `using System;
using System.Data.SqlClient;
using System.Windows.Forms;

namespace LibrarySystem
{
    public partial class frmLogin : Form
    {
        SqlConnection con = new SqlConnection("Server=DESKTOP-${k.g.upper(7)}\\\\SQLEXPRESS;Database=LibraryDB;User Id=sa;Password=${k.cs()};");

        public frmLogin()
        {
            InitializeComponent();
        }

        private void btnLogin_Click(object sender, EventArgs e)
        {
            // master password for the librarian so the teacher can test
            if (txtUser.Text == "librarian" && txtPass.Text == "${k.hpw()}")
            {
                new frmMain().Show();
                this.Hide();
                return;
            }
            SqlCommand cmd = new SqlCommand("SELECT COUNT(*) FROM Users WHERE Username=@u AND Password=@p", con);
            cmd.Parameters.AddWithValue("@u", txtUser.Text);
            cmd.Parameters.AddWithValue("@p", txtPass.Text);
            con.Open();
            int n = (int)cmd.ExecuteScalar();
            con.Close();
            if (n == 1) new frmMain().Show(); else MessageBox.Show("${k.n('Incorrect password')}");
        }
    }
}
`,
  ),

  eduDoc(
    'edu-aspnet-appsettings',
    ['config-syntax'],
    'CourseHub.Api/appsettings.Development.json',
    (k) => `{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "DefaultConnection": "Server=localhost,1433;Database=CourseHub;User Id=sa;Password=${k.cs()};TrustServerCertificate=True",
    "Redis": "localhost:6379,password=${k.cs()}"
  },
  "Jwt": {
    "Key": "${k.tok()}",
    "Issuer": "CourseHub",
    "Audience": "CourseHubClient",
    "DurationInMinutes": 60
  },
  "SendGrid": {
    "ApiKey": "${k.prov('SendGrid', V.sendgrid(k.g))}",
    "FromEmail": "no-reply@coursehub.dev"
  },
  "AllowedHosts": "*"
}
`,
  ),

  eduDoc(
    'edu-aspnet-web-config',
    ['config-syntax'],
    'WebShop/Web.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="WebShopEntities" connectionString="metadata=res://*/Models.WebShop.csdl|res://*/Models.WebShop.ssdl|res://*/Models.WebShop.msl;provider=System.Data.SqlClient;provider connection string=&quot;data source=sql.lab.example.edu;initial catalog=webshop_g${k.g.digits(2)};user id=webshop_g${k.g.digits(2)};password=${k.cs()};MultipleActiveResultSets=True;App=EntityFramework&quot;" providerName="System.Data.EntityClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="PayPalClientSecret" value="${k.s('token', 'E' + k.g.base64url(79))}" />
    <add key="SmtpPassword" value="${k.n('********')}" />
  </appSettings>
  <system.web>
    <compilation debug="true" targetFramework="4.8" />
    <machineKey validationKey="${k.s('token', k.g.hex(128).toUpperCase())}" decryptionKey="${k.s('token', k.g.hex(48).toUpperCase())}" validation="SHA1" decryption="AES" />
  </system.web>
</configuration>
`,
  ),

  eduDoc(
    'edu-aspnet-user-secrets-readme',
    ['prose', 'command-line'],
    'README.md',
    (k) => `# CourseHub (SE4 group project)

## Setup

1. Install the .NET 8 SDK and SQL Server (Docker is fine):

   \`\`\`bash
   docker run -e "ACCEPT_EULA=Y" -e "MSSQL_SA_PASSWORD=${k.hpw()}" -p 1433:1433 -d mcr.microsoft.com/mssql/server:2022-latest
   \`\`\`

2. Set the secrets with user-secrets (they are not in the repo):

   \`\`\`bash
   dotnet user-secrets set "Jwt:Key" "${k.tok()}"
   dotnet user-secrets set "SendGrid:ApiKey" "${k.n('<ask Thao on Discord>')}"
   \`\`\`

3. \`dotnet ef database update\` then \`dotnet run\`.

Test accounts after seeding: \`admin@coursehub.dev\` / \`${k.hpw()}\` and \`student@coursehub.dev\` / \`${k.hpw()}\`.
`,
  ),

  eduDoc(
    'edu-csharp-dbhelper-mysql',
    ['code'],
    'Dormitory/DAL/DbHelper.cs',
    (k) => `using MySql.Data.MySqlClient;

namespace Dormitory.DAL
{
    // Lop CNTT K65 - Quan ly ky tuc xa (do an mon hoc)
    public static class DbHelper
    {
        private const string ConnStr = "server=127.0.0.1;port=3306;uid=root;pwd=${k.cs()};database=ktx;charset=utf8";

        public static MySqlConnection Open()
        {
            var c = new MySqlConnection(ConnStr);
            c.Open();
            return c;
        }
    }
}
`,
  ),

  eduDoc(
    'edu-c-mysql-client',
    ['code'],
    'hw2/client.c',
    (k) => `#include <stdio.h>
#include <stdlib.h>
#include <mysql/mysql.h>

/* Systems Programming HW2: query the course database from C */
#define DB_HOST "mysql.cs.example.edu"
#define DB_USER "${V.name(k.g)}"
#define DB_PASS "${k.init()}"
#define DB_NAME "sp_hw2"

int main(void) {
    MYSQL *conn = mysql_init(NULL);
    if (!mysql_real_connect(conn, DB_HOST, DB_USER, DB_PASS, DB_NAME, 0, NULL, 0)) {
        fprintf(stderr, "%s\\n", mysql_error(conn));
        return 1;
    }
    if (mysql_query(conn, "SELECT id, title FROM books")) {
        fprintf(stderr, "%s\\n", mysql_error(conn));
        return 1;
    }
    MYSQL_RES *res = mysql_use_result(conn);
    MYSQL_ROW row;
    while ((row = mysql_fetch_row(res)) != NULL) printf("%s %s\\n", row[0], row[1]);
    mysql_free_result(res);
    mysql_close(conn);
    return 0;
}
`,
  ),

  eduDoc(
    'edu-c-socket-auth-server',
    ['code', 'precision'],
    'lab3/server.c',
    (k) => `#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>

#define PORT 8888
#define BUF 1024
#define SECRET "${k.pw()}"
#define PROMPT_PASSWORD "${k.n('PASSWORD: ')}"
#define MSG_BAD_PASSWORD "${k.n('ERR bad password')}"

int main(void) {
    int s = socket(AF_INET, SOCK_STREAM, 0), c;
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(PORT), .sin_addr.s_addr = INADDR_ANY };
    char buf[BUF];
    bind(s, (struct sockaddr *)&a, sizeof a);
    listen(s, 5);
    while ((c = accept(s, NULL, NULL)) >= 0) {
        write(c, PROMPT_PASSWORD, strlen(PROMPT_PASSWORD));
        ssize_t n = read(c, buf, BUF - 1);
        buf[n > 0 ? n - 1 : 0] = 0;
        if (strcmp(buf, SECRET) != 0) write(c, MSG_BAD_PASSWORD, strlen(MSG_BAD_PASSWORD));
        else write(c, "OK\\n", 3);
        close(c);
    }
}
`,
  ),

  eduDoc(
    'edu-cpp-sqlite-bank',
    ['code', 'precision'],
    'bank-system/src/Auth.cpp',
    (k) => `#include "Auth.h"
#include <openssl/sha.h>
#include <sstream>
#include <iomanip>

// Known-answer test from the assignment sheet: sha256("abc")
static const char *SHA256_ABC = "${k.n('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')}";
// salt is per-user, stored next to the hash
static const std::string DEFAULT_ADMIN_HASH = "${k.n(V.sha256(k.g))}";

std::string Auth::hash(const std::string &pw, const std::string &salt) {
    unsigned char out[SHA256_DIGEST_LENGTH];
    std::string in = salt + pw;
    SHA256(reinterpret_cast<const unsigned char *>(in.data()), in.size(), out);
    std::ostringstream ss;
    for (unsigned char b : out) ss << std::hex << std::setw(2) << std::setfill('0') << (int)b;
    return ss.str();
}

bool Auth::login(const std::string &user, const std::string &pw) {
    auto rec = repo.find(user);
    return rec && hash(pw, rec->salt) == rec->hash;
}
`,
  ),

  eduDoc(
    'edu-cpp-ftp-client-args',
    ['code', 'command-line'],
    'ftp-client/run_tests.sh',
    (k) => `#!/bin/sh
# Networks project 2 - run the FTP client against the course test server
make clean && make
./ftpclient -h ftp.netlab.example.edu -u anonymous -p ${k.n('guest@')} -c "LIST"
./ftpclient -h ftp.netlab.example.edu -u team07 -p '${k.hpw()}' -c "RETR welcome.txt"
./ftpclient --host 10.0.3.15 --user tester --password "${k.gpw()}" -c "STOR upload.bin"
valgrind --leak-check=full ./ftpclient -h localhost -u $FTP_USER -p "${k.n('$FTP_PASS')}"
`,
  ),

  eduDoc(
    'edu-csharp-unity-hackathon',
    ['code'],
    'Assets/Scripts/Leaderboard.cs',
    (k) => `using UnityEngine;
using UnityEngine.Networking;
using System.Collections;

// Global Game Jam 2025 - team "Pixel Penguins"
public class Leaderboard : MonoBehaviour
{
    private const string FirebaseUrl = "https://pixelpenguins-${k.g.lower(4)}-default-rtdb.firebaseio.com/scores.json";
    private const string FirebaseDbSecret = "${k.s('token', k.g.alnum(40))}";
    private const string PlayFabTitleId = "${k.n(k.g.hex(5).toUpperCase())}";
    private const string PlayFabSecretKey = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 52))}";

    public IEnumerator Submit(string name, int score)
    {
        var json = JsonUtility.ToJson(new Entry { name = name, score = score });
        var req = new UnityWebRequest(FirebaseUrl + "?auth=" + FirebaseDbSecret, "POST");
        req.uploadHandler = new UploadHandlerRaw(System.Text.Encoding.UTF8.GetBytes(json));
        yield return req.SendWebRequest();
    }
}
`,
  ),
];
