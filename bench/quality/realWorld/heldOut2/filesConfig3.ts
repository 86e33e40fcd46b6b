// rw-held-out2 files part: infrastructure state and templates (Terraform state, CloudFormation).
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_CONFIG3_DOCS: RealWorldDoc[] = [
  fdoc(
    'terraform-tfstate',
    ['config-syntax'],
    'infra/terraform.tfstate',
    (k) => `{
  "version": 4,
  "terraform_version": "1.7.5",
  "serial": 118,
  "lineage": "${k.nUuid()}",
  "outputs": {
    "db_endpoint": { "value": "app-prod.c9xyz.eu-central-1.rds.amazonaws.com:5432", "type": "string" }
  },
  "resources": [
    {
      "mode": "managed",
      "type": "random_password",
      "name": "db",
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "bcrypt_hash": "${k.nBcrypt()}",
            "id": "${k.n('none')}",
            "length": 24,
            "result": "${k.gpw()}"
          },
          "sensitive_attributes": [[{ "type": "get_attr", "value": "result" }]]
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "ci",
      "instances": [
        {
          "attributes": {
            "id": "${k.prov('awsKeyId', 'AWS access key id')}",
            "secret": "${k.prov('awsSecret', 'AWS secret access key')}",
            "ses_smtp_password_v4": "${k.tok('B' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43))}",
            "user": "ci-deployer",
            "status": "Active"
          }
        }
      ]
    }
  ]
}
`,
  ),

  fdoc(
    'cloudformation-template',
    ['config-syntax', 'precision'],
    'cfn/app-stack.yaml',
    (k) => `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    Default: ${k.hpw()}
  ApiKeyParam:
    Type: AWS::SSM::Parameter::Value<String>
    Default: ${k.n('/app/prod/api-key')}
Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      MasterUsername: admin
      MasterUserPassword: ${k.n('!Ref DBPassword')}
  ReplicaPassword:
    Type: AWS::SecretsManager::Secret
    Properties:
      SecretString: '${k.n('{{resolve:secretsmanager:prod/app/db:SecretString:password}}')}'
  Function:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Environment:
        Variables:
          STRIPE_KEY: ${k.prov('stripeRestricted', 'Stripe restricted key')}
          TABLE: ${k.n('!Ref Table')}
`,
  ),
];
