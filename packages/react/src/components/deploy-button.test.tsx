import { BuildwrightError, initialSnapshot, type BuilderClient, type DeploymentRecord } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BuilderProvider } from '../context/builder-provider.js';
import { DeployButton, DeployButtonView, deployVersion, type DeployButtonState } from './deploy-button.js';
import { fixedClient } from './fixed-client.test-support.js';

const deployment = (overrides: Partial<DeploymentRecord> = {}): DeploymentRecord => ({
  id: 'dep-1',
  projectId: 'p1',
  ownerId: 'local',
  target: 'static',
  versionNumber: 2,
  status: 'ready',
  providerDeploymentId: 'static-1',
  url: 'http://todo-v2-1a2b.localhost:4400/',
  aliasUrl: 'http://todo-9f8e.localhost:4400/',
  error: null,
  warnings: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:01.000Z',
  ...overrides,
});

const view = (state: DeployButtonState, deployments: readonly DeploymentRecord[] | null = null, version?: number) =>
  renderToStaticMarkup(<DeployButtonView state={state} deployments={deployments} onDeploy={() => undefined} {...(version === undefined ? {} : { version })} />);

describe('<DeployButton/>', () => {
  it('default: inside a provider it renders an idle Deploy button (Deploy version N with a version), and no list until asked', () => {
    const inProvider = (element: React.ReactNode) => renderToStaticMarkup(<BuilderProvider client={fixedClient(initialSnapshot)}>{element}</BuilderProvider>);
    const idle = inProvider(<DeployButton projectId="p1" />);
    expect(idle).toContain('data-status="idle"');
    expect(idle).toMatch(/<button type="button">Deploy<\/button>/);
    expect(idle).not.toContain('role="alert"');
    expect(inProvider(<DeployButton projectId="p1" version={2} target="vercel" showDeployments />)).toContain('>Deploy version 2</button>');
    expect(inProvider(<DeployButton projectId="p1" label="Publish" />)).toContain('>Publish</button>');
  });

  it('error: outside a provider it says what to add', () => {
    expect(() => renderToStaticMarkup(<DeployButton projectId="p1" />)).toThrow(/needs a <BuilderProvider baseUrl="..."> above this component/);
  });

  it('behavior: deploying is busy; ready links the URL and the alias (new tab) with warnings; failed shows the coded message', () => {
    const busy = view({ status: 'deploying' }, null, 2);
    expect(busy).toMatch(/<button type="button" disabled="" aria-busy="true">Deploying…<\/button>/);
    expect(busy).toContain('role="status">Building and publishing version 2…');

    const ready = view({ status: 'ready', deployment: deployment({ warnings: ['The contract is on the local chain.'] }) });
    expect(ready).toContain('data-status="ready"');
    expect(ready).toContain('<a href="http://todo-v2-1a2b.localhost:4400/" target="_blank" rel="noopener noreferrer">http://todo-v2-1a2b.localhost:4400/</a>');
    expect(ready).toMatch(/<dt>Alias<\/dt><dd><a href="http:\/\/todo-9f8e.localhost:4400\/"/);
    expect(ready).toContain('The contract is on the local chain.');
    expect(view({ status: 'ready', deployment: deployment({ aliasUrl: null }) })).not.toContain('Alias');

    const failed = view({ status: 'failed', error: { code: 'DEPLOY_BUILD_FAILED', message: 'vite build exited with 1. Fix the build and deploy again.' } });
    expect(failed).toContain('role="alert"');
    expect(failed).toContain('<strong>DEPLOY_BUILD_FAILED</strong>: vite build exited with 1. Fix the build and deploy again.');
    expect(failed).toMatch(/<button type="button">Deploy<\/button>/);
  });

  it('behavior: the deployments list shows each one newest first: version, target, URL link or error, the alias marked', () => {
    const html = view({ status: 'idle' }, [
      deployment({ id: 'dep-3', versionNumber: 3, status: 'failed', url: null, aliasUrl: null, error: { code: 'VERCEL_AUTH', message: 'Check VERCEL_TOKEN.' }, target: 'vercel' }),
      deployment(),
      deployment({ id: 'dep-0', versionNumber: 1, status: 'stopped', aliasUrl: null }),
    ]);
    expect(html).toContain('aria-label="Deployments"');
    expect(html.indexOf('data-deployment="dep-3"')).toBeLessThan(html.indexOf('data-deployment="dep-1"'));
    expect(html).toMatch(
      /data-deployment="dep-3" data-status="failed"><strong>v3<\/strong><span class="bw-badge">vercel<\/span><span class="bw-version-message">VERCEL_AUTH: Check VERCEL_TOKEN.<\/span><\/li>/,
    );
    expect(html).toMatch(/data-deployment="dep-1" data-status="ready">.*<a href="http:\/\/todo-v2-1a2b.localhost:4400\/"[^>]*>.*<span class="bw-badge">alias<\/span><\/li>/);
    expect(html).toMatch(/data-deployment="dep-0" data-status="stopped">.*<span class="bw-version-message">stopped<\/span><\/li>/);
    expect(view({ status: 'idle' }, [])).toContain('No deployments yet.');
  });

  it('args: deployVersion calls client.deploy with the project, version and target, reporting deploying then ready', async () => {
    const calls: unknown[] = [];
    const client = { deploy: async (options: unknown) => (calls.push(options), deployment()) } as unknown as BuilderClient;
    const states: DeployButtonState[] = [];
    const last = await deployVersion(client, { projectId: 'p1', version: 2, target: 'vercel' }, (state) => states.push(state));
    expect(calls).toEqual([{ projectId: 'p1', version: 2, target: 'vercel' }]);
    expect(states).toEqual([{ status: 'deploying' }, { status: 'ready', deployment: deployment() }]);
    expect(last).toEqual(states[1]);
    await deployVersion(client, { projectId: 'p1' }, () => undefined);
    expect(calls[1]).toEqual({ projectId: 'p1' });
  });

  it('error: a refused deploy ends failed with its code and message; an unexpected error is INTERNAL; it never rejects', async () => {
    const refusing = {
      deploy: async () => {
        throw new BuildwrightError({ code: 'DEPLOY_TARGET_UNKNOWN', message: 'There is no deploy target "vercel"; this builder has "static".' });
      },
    } as unknown as BuilderClient;
    const states: DeployButtonState[] = [];
    await deployVersion(refusing, { projectId: 'p1', target: 'vercel' }, (state) => states.push(state));
    expect(states).toEqual([{ status: 'deploying' }, { status: 'failed', error: { code: 'DEPLOY_TARGET_UNKNOWN', message: 'There is no deploy target "vercel"; this builder has "static".' } }]);

    const broken = {
      deploy: async () => {
        throw new TypeError('fetch failed');
      },
    } as unknown as BuilderClient;
    expect(await deployVersion(broken, { projectId: 'p1' }, () => undefined)).toEqual({ status: 'failed', error: { code: 'INTERNAL', message: 'Unexpected error. fetch failed' } });
  });
});
