// Jenkins: Jenkinsfiles (declarative and scripted), job config.xml, credentials.xml dumps, JCasC YAML, CLI and
// API calls with user:token, and console output.
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_JENKINS_DOCS: RealWorldDoc[] = [
  ciDoc(
    'jenkinsfile-declarative-env',
    ['config-syntax', 'code', 'precision'],
    'Jenkinsfile',
    (k) => `pipeline {
    agent { label 'docker' }
    options {
        timestamps()
        buildDiscarder(logRotator(numToKeepStr: '30'))
    }
    environment {
        REGISTRY      = 'harbor.quanto.io'
        REGISTRY_CRED = credentials('harbor-ci')
        SONAR_TOKEN   = '${k.prov('SonarQube token', V.sonar(k.g))}'
        DB_PASSWORD   = '${k.hpw()}'
        NEXUS_CREDS   = credentials('${k.n('nexus-deployer')}')
        JAVA_TOOL_OPTIONS = '-Xmx2g'
    }
    stages {
        stage('Build') {
            steps {
                sh './mvnw -B -DskipTests package'
            }
        }
        stage('Test') {
            steps {
                sh "./mvnw -B verify -Ddb.password=\${DB_PASSWORD}"
            }
            post { always { junit 'target/surefire-reports/*.xml' } }
        }
        stage('Sonar') {
            steps {
                sh "./mvnw sonar:sonar -Dsonar.host.url=https://sonar.quanto.io -Dsonar.login=\${SONAR_TOKEN}"
            }
        }
        stage('Image') {
            steps {
                sh 'echo $REGISTRY_CRED_PSW | docker login $REGISTRY -u $REGISTRY_CRED_USR --password-stdin'
                sh "docker build -t \${REGISTRY}/quanto/ledger:\${GIT_COMMIT.take(8)} ."
            }
        }
    }
}
`,
  ),

  ciDoc(
    'jenkinsfile-scripted-withcredentials',
    ['code', 'command-line', 'precision'],
    'ci/Jenkinsfile.deploy',
    (k) => `node('linux') {
    def version = sh(returnStdout: true, script: 'git describe --tags').trim()

    stage('Checkout') {
        checkout scm
    }

    stage('Deploy') {
        withCredentials([
            usernamePassword(credentialsId: 'tomcat-manager', usernameVariable: 'TC_USER', passwordVariable: 'TC_PASS'),
            string(credentialsId: '${k.n('slack-webhook')}', variable: 'SLACK_URL')
        ]) {
            sh 'curl -sf -u "$TC_USER:$TC_PASS" -T target/app.war "http://tomcat01:8080/manager/text/deploy?path=/app&update=true"'
        }
        // fallback while the credentials plugin was broken (JENKINS-71234), remove!
        sh "curl -sf -u deployer:${k.spw()} -T target/app.war 'http://tomcat02:8080/manager/text/deploy?path=/app&update=true'"
    }

    stage('Notify') {
        slackSend channel: '#deploys', message: "app \${version} deployed", tokenCredentialId: 'slack-bot'
        httpRequest url: 'https://hooks.internal.example/jenkins', httpMode: 'POST',
            customHeaders: [[name: 'X-Hook-Secret', value: '${k.http(k.g.hex(40))}', maskValue: true]],
            requestBody: "{\\"version\\": \\"\${version}\\"}"
    }
}
`,
  ),

  ciDoc(
    'jenkins-job-config-xml',
    ['config-syntax', 'precision'],
    'jenkins_home/jobs/nightly-export/config.xml',
    (k) => `<?xml version='1.1' encoding='UTF-8'?>
<project>
  <actions/>
  <description>Nightly CSV export to the partner SFTP</description>
  <keepDependencies>false</keepDependencies>
  <properties>
    <hudson.model.ParametersDefinitionProperty>
      <parameterDefinitions>
        <hudson.model.StringParameterDefinition>
          <name>SFTP_HOST</name>
          <defaultValue>sftp.partner.example.com</defaultValue>
          <trim>false</trim>
        </hudson.model.StringParameterDefinition>
        <hudson.model.StringParameterDefinition>
          <name>SFTP_PASSWORD</name>
          <defaultValue>${k.hpw()}</defaultValue>
          <trim>false</trim>
        </hudson.model.StringParameterDefinition>
        <hudson.model.PasswordParameterDefinition>
          <name>ZIP_PASSWORD</name>
          <defaultValue>${k.n(V.jenkinsEnc(k.g))}</defaultValue>
        </hudson.model.PasswordParameterDefinition>
      </parameterDefinitions>
    </hudson.model.ParametersDefinitionProperty>
  </properties>
  <scm class="hudson.scm.NullSCM"/>
  <triggers>
    <hudson.triggers.TimerTrigger>
      <spec>H 2 * * *</spec>
    </hudson.triggers.TimerTrigger>
  </triggers>
  <builders>
    <hudson.tasks.Shell>
      <command>python3 /opt/export/run.py --out /tmp/export.csv
lftp -u exporter,$SFTP_PASSWORD sftp://$SFTP_HOST -e "put /tmp/export.csv; bye"
PGPASSWORD=${k.spw()} psql -h db-replica -U reporting -c "select count(*) from exports"</command>
      <configuredLocalRules/>
    </hudson.tasks.Shell>
  </builders>
  <publishers/>
  <buildWrappers/>
</project>
`,
  ),

  ciDoc(
    'jenkins-credentials-xml-dump',
    ['credential-file', 'config-syntax', 'precision'],
    'backup/jenkins_home/credentials.xml',
    (k) => `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>harbor-ci</id>
          <description>harbor robot</description>
          <username>robot$ci</username>
          <password>${k.n(V.jenkinsEnc(k.g))}</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-webhook</id>
          <description></description>
          <secret>${k.n(V.jenkinsEnc(k.g))}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
          <scope>GLOBAL</scope>
          <id>deploy-ssh</id>
          <username>deploy</username>
          <privateKeySource class="com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource">
            <privateKey>${k.key(V.pem(k.g, 'RSA PRIVATE KEY'))}</privateKey>
          </privateKeySource>
        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>legacy-svn</id>
          <description>imported from old master, not re-encrypted</description>
          <username>svc_build</username>
          <password>${k.hpw()}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
`,
  ),

  ciDoc(
    'jenkins-casc-yaml',
    ['config-syntax', 'precision'],
    'jenkins/casc/jenkins.yaml',
    (k) => `jenkins:
  systemMessage: "Quanto build farm - managed by JCasC, do not edit in the UI"
  numExecutors: 0
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: admin
          password: ${k.hpw()}
        - id: \${JENKINS_OPS_USER}
          password: ${k.n('${JENKINS_OPS_PASSWORD}')}
  authorizationStrategy:
    loggedInUsersCanDoAnything:
      allowAnonymousRead: false

credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: nexus-deployer
              username: deployer
              password: ${k.gpw()}
          - string:
              scope: GLOBAL
              id: github-token
              secret: ${k.prov('GitHub personal access token', V.ghPat(k.g))}
          - string:
              scope: GLOBAL
              id: sonar
              secret: ${k.n('${readFile:/run/secrets/sonar}')}
          - aws:
              scope: GLOBAL
              id: aws-ci
              accessKey: ${k.u(V.awsId(k.g))}
              secretKey: ${k.prov('AWS secret access key', V.awsSecret(k.g))}

unclassified:
  location:
    url: https://jenkins.quanto.io/
  slackNotifier:
    teamDomain: quanto
    tokenCredentialId: slack-bot
`,
  ),

  ciDoc(
    'jenkins-cli-api-token-history',
    ['command-line', 'http-auth', 'precision'],
    'ops/jenkins/howto.md',
    (k) => `## Jenkins from the command line

Trigger a parameterized build (user API token, *not* the password):

\`\`\`
curl -X POST -u mkowalski:${k.s('token', V.jenkinsApi(k.g))} \\
  "https://jenkins.quanto.io/job/ledger/job/main/buildWithParameters?DEPLOY_ENV=staging"
\`\`\`

Same with the CLI jar:

\`\`\`
java -jar jenkins-cli.jar -s https://jenkins.quanto.io/ -auth mkowalski:${k.s('token', V.jenkinsApi(k.g))} build ledger/main -p DEPLOY_ENV=staging -f -v
java -jar jenkins-cli.jar -s https://jenkins.quanto.io/ -auth @/home/mk/.jenkins-cli-auth list-jobs
\`\`\`

The crumb: \`curl -u user:token 'https://jenkins.quanto.io/crumbIssuer/api/json'\` returns
\`{"crumb":"${k.n(k.g.hex(64))}","crumbRequestField":"Jenkins-Crumb"}\` (not needed with API tokens).

Script console (Manage Jenkins → Script Console) to decrypt a stored secret during the migration:
\`println(hudson.util.Secret.decrypt("${k.n(V.jenkinsEnc(k.g))}"))\`
`,
  ),

  ciDoc(
    'jenkins-console-mvn-deploy',
    ['logs-and-output', 'command-line'],
    'logs/jenkins/ledger-main-412-console.txt',
    (k) => `Started by user Marta Kowalski
Running as SYSTEM
Building on the built-in node in workspace /var/lib/jenkins/workspace/ledger_main
[ledger_main] $ /bin/sh -xe /tmp/jenkins8812313113122218111.sh
+ ./mvnw -B deploy -DaltDeploymentRepository=nexus::default::https://nexus.quanto.io/repository/maven-releases/ -Dnexus.user=deployer -Dnexus.password=${k.spw()}
[INFO] Scanning for projects...
[INFO] --------------------------< io.quanto:ledger >---------------------------
[INFO] Building ledger 3.14.2
[INFO] --------------------------------[ jar ]---------------------------------
[INFO] --- maven-deploy-plugin:3.1.1:deploy (default-deploy) @ ledger ---
[INFO] Uploading to nexus: https://nexus.quanto.io/repository/maven-releases/io/quanto/ledger/3.14.2/ledger-3.14.2.jar
[INFO] Uploaded to nexus: https://nexus.quanto.io/repository/maven-releases/io/quanto/ledger/3.14.2/ledger-3.14.2.jar (48 MB at 21 MB/s)
[INFO] BUILD SUCCESS
+ curl -s -X POST https://hooks.slack.com/services/${k.n('T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')} -d '{"text":"ledger 3.14.2 released"}'
ok
+ docker login harbor.quanto.io -u robot$ci -p ${k.s('token', k.g.alnum(32))}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
Finished: SUCCESS
`,
  ),

  ciDoc(
    'jenkins-console-masked',
    ['logs-and-output', 'precision'],
    'logs/jenkins/orders-pr-88-console.txt',
    (k) => `Started by GitHub push by dependabot[bot]
[Pipeline] Start of Pipeline
[Pipeline] node
Running on agent-7 in /home/jenkins/workspace/orders_PR-88
[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PSW or $GH_TOKEN
[Pipeline] {
[Pipeline] sh
Warning: A secret was passed to "sh" using Groovy String interpolation, which is insecure.
		 Affected argument(s) used the following variable(s): [NEXUS_PSW]
		 See https://jenkins.io/redirect/groovy-string-interpolation for details.
+ ./gradlew publish -PnexusUser=deployer -PnexusPassword=${k.n('****')}
> Task :publish
BUILD SUCCESSFUL in 1m 12s
+ git push https://x-access-token:${k.n('****')}@github.com/quanto/orders.git HEAD:refs/tags/v2.4.0
[Pipeline] }
[Pipeline] // withCredentials
[Pipeline] archiveArtifacts
Archiving artifacts
Recording fingerprints
[Pipeline] echo
artifact sha256: ${k.n(V.sha256(k.g))}
[Pipeline] End of Pipeline
GitHub has been notified of this commit’s build result
Finished: SUCCESS
`,
  ),

  ciDoc(
    'jenkins-groovy-shared-lib',
    ['code', 'precision'],
    'vars/deployToK8s.groovy',
    (k) => `// Shared library step used by all service pipelines.
def call(Map cfg = [:]) {
    def ns = cfg.namespace ?: 'default'
    def registryPassword = cfg.registryPassword ?: '${k.hpw()}'
    def kubeToken = cfg.kubeToken ?: env.KUBE_TOKEN

    withEnv(["KUBECONFIG=\${env.WORKSPACE}/.kube/config"]) {
        sh """
          kubectl config set-cluster prod --server=https://k8s.quanto.io:6443 --insecure-skip-tls-verify=true
          kubectl config set-credentials jenkins --token=\${kubeToken}
          kubectl config set-context prod --cluster=prod --user=jenkins && kubectl config use-context prod
          kubectl -n \${ns} create secret docker-registry harbor \\
            --docker-server=harbor.quanto.io --docker-username=robot\\$ci --docker-password=\${registryPassword} \\
            --dry-run=client -o yaml | kubectl apply -f -
          kubectl -n \${ns} set image deploy/\${cfg.app} app=harbor.quanto.io/quanto/\${cfg.app}:\${cfg.tag}
        """
    }
}

// default token for the sandbox cluster; real clusters pass kubeToken
def sandboxToken() {
    return '${k.s('token', V.jwt(k.g, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', sub: 'system:serviceaccount:ci:jenkins' }))}'
}
`,
  ),

  ciDoc(
    'jenkins-node-agent-jnlp',
    ['command-line', 'config-syntax', 'precision'],
    'ops/agents/agent-7.service',
    (k) => `[Unit]
Description=Jenkins inbound agent agent-7
After=network-online.target

[Service]
User=jenkins
WorkingDirectory=/home/jenkins
ExecStart=/usr/bin/java -jar /home/jenkins/agent.jar -url https://jenkins.quanto.io/ -secret ${k.s('token', k.g.hex(64))} -name agent-7 -workDir /home/jenkins/agent
# the secret above is the one shown on /computer/agent-7/ ; -secret @secret-file works too
Environment=JAVA_OPTS=-Xmx512m
Restart=always

[Install]
WantedBy=multi-user.target
`,
  ),

  ciDoc(
    'jenkins-groovy-init-script',
    ['code', 'precision'],
    'jenkins/init.groovy.d/01-admin.groovy',
    (k) => `import jenkins.model.*
import hudson.security.*

def instance = Jenkins.getInstance()
def env = System.getenv()

def hudsonRealm = new HudsonPrivateSecurityRealm(false)
// ADMIN_PASSWORD comes from the k8s secret; the literal is what the old VM used
hudsonRealm.createAccount('admin', env['ADMIN_PASSWORD'] ?: '${k.hpw()}')
hudsonRealm.createAccount('readonly', '${k.pw()}')
instance.setSecurityRealm(hudsonRealm)

def strategy = new FullControlOnceLoggedInAuthorizationStrategy()
strategy.setAllowAnonymousRead(false)
instance.setAuthorizationStrategy(strategy)
instance.save()
println "--> admin user created (hash ${k.n(V.bcrypt(k.g))})"
`,
  ),

  ciDoc(
    'jenkins-support-bundle-env',
    ['logs-and-output', 'precision'],
    'support/jenkins-support-2026-11-30/nodes/master/environment.txt',
    (k) => `BUILD_CAUSE=TIMERTRIGGER
CASC_JENKINS_CONFIG=/var/jenkins_home/casc
HOME=/var/jenkins_home
HOSTNAME=jenkins-0
JAVA_HOME=/opt/java/openjdk
JENKINS_ADMIN_PASSWORD=${k.gpw()}
JENKINS_HOME=/var/jenkins_home
JENKINS_SLAVE_AGENT_PORT=50000
JENKINS_UC=https://updates.jenkins.io
JENKINS_VERSION=2.426.1
GITHUB_APP_ID=${k.n(k.g.digits(6))}
GITHUB_APP_INSTALLATION_ID=${k.n(k.g.digits(8))}
GITHUB_APP_PRIVATE_KEY_PATH=/run/secrets/github-app.pem
KUBERNETES_SERVICE_HOST=10.96.0.1
LANG=C.UTF-8
PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
REF=/usr/share/jenkins/ref
SONAR_ADMIN_TOKEN=${k.prov('SonarQube token', V.sonar(k.g))}
TZ=Europe/Warsaw
`,
  ),
];
