// rw-dev15 ci part: CI/CD platforms and build output (pipeline files, job logs, platform exports, artifact metadata). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { CI_GITHUB_DOCS } from './ciGithub';
import { CI_GITLAB_DOCS } from './ciGitlab';
import { CI_JENKINS_DOCS } from './ciJenkins';
import { CI_PLATFORM_DOCS } from './ciPlatforms';
import { CI_LOG_DOCS } from './ciLogs';
import { CI_ARTIFACT_DOCS } from './ciArtifacts';
import { CI_PROSE_DOCS } from './ciProse';
import { CI_LOOKALIKE_DOCS } from './ciLookalikes';
import { CI_COMMAND_DOCS } from './ciCommands';
import { CI_SERVER_DOCS } from './ciServers';

export const CI_DOCS: RealWorldDoc[] = [
  ...CI_GITHUB_DOCS,
  ...CI_GITLAB_DOCS,
  ...CI_JENKINS_DOCS,
  ...CI_PLATFORM_DOCS,
  ...CI_LOG_DOCS,
  ...CI_ARTIFACT_DOCS,
  ...CI_PROSE_DOCS,
  ...CI_LOOKALIKE_DOCS,
  ...CI_COMMAND_DOCS,
  ...CI_SERVER_DOCS,
];
