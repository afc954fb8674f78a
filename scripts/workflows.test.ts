import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { lintWorkflow, workflowFiles, workflowProblems } from './workflows.ts';

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8'));

test('every workflow passes actionlint', async () => {
  const files = workflowFiles('.');
  for (const name of ['deploy.yml', 'test.yml']) assert.ok(files.includes(`.github/workflows/${name}`), `${name} is linted`);
  assert.deepEqual(await workflowProblems('.'), []);
});

test('actionlint reports a broken workflow: a job that is not there, a step output that is not there, a bad permission', async () => {
  const broken = readFileSync('.github/workflows/deploy.yml', 'utf8')
    .replace('needs: build', 'needs: biuld')
    .replace('steps.pages.outputs.origin', 'steps.pages.outputs.domain')
    .replace('id-token: write', 'id-token: writ');
  const problems = (await lintWorkflow(broken, 'deploy.yml')).join('\n');
  assert.match(problems, /job "deploy" needs job "biuld" which does not exist/);
  assert.match(problems, /property "domain" is not defined/);
  assert.match(problems, /"writ" is invalid for permission of scope "id-token"/);
});

test('the site is deployed only from a passing push to main, by the Pages actions', () => {
  const deploy = workflow('deploy.yml');
  assert.deepEqual(deploy.on.workflow_run, { workflows: [workflow('test.yml').name], types: ['completed'], branches: ['main'] });
  const { build, deploy: publish } = deploy.jobs;
  for (const condition of ["conclusion == 'success'", "event == 'push'", 'head_repository.full_name == github.repository']) {
    assert.ok(build.if.includes(condition), `the build job runs only if ${condition}`);
  }
  // The commit that was tested, not whatever main is by now.
  assert.equal(build.steps.find((step: any) => step.uses?.startsWith('actions/checkout@')).with.ref, '${{ github.event.workflow_run.head_sha }}');
  const built = build.steps.find((step: any) => step.run === 'npm run build');
  assert.deepEqual(
    { SITE_URL: built.env.SITE_URL, SITE_BASE: built.env.SITE_BASE },
    { SITE_URL: '${{ steps.pages.outputs.origin }}', SITE_BASE: '${{ steps.pages.outputs.base_path }}/' },
  );
  assert.deepEqual(build.steps.find((step: any) => step.uses?.startsWith('actions/upload-pages-artifact@')).with, { path: 'dist' });
  assert.deepEqual(publish.permissions, { pages: 'write', 'id-token': 'write' });
  assert.equal(publish.environment.name, 'github-pages');
  assert.ok(publish.steps.some((step: any) => step.uses?.startsWith('actions/deploy-pages@')));
});

test('CI installs the locked versions: npm ci, never npm install', () => {
  const scripts = [
    readFileSync('.ci/run', 'utf8'),
    ...workflowFiles('.').flatMap((path) =>
      Object.values(parse(readFileSync(path, 'utf8')).jobs as Record<string, { steps: { run?: string }[] }>).flatMap((job) => job.steps.map((step) => step.run ?? '')),
    ),
  ].join('\n');
  assert.match(scripts, /npm ci/);
  assert.doesNotMatch(scripts, /npm (install|i)\b(?! --prefix \/opt\/node24)/);
});
