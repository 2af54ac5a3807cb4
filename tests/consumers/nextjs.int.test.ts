import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../packages/adapters/src/testing/free-port.js';
import { appFiles, generateOverHttp } from '../../packages/core/src/http/http.test-support.js';
import { installConsumer, installedVersion, runIn, type ConsumerProject } from './consumer-project.js';
import { printTimings, recordTiming } from './consumer-timings.js';
import { scriptedBuilderFiles, startServer } from './scripted-server.js';

// A Next.js 15 App Router project whose only route is the builder's handler, as docs/http.md shows.
const nextFiles = {
  ...scriptedBuilderFiles,
  'app/api/builder/[...path]/route.js': `import { handler } from '../../../../builder.mjs';

export const dynamic = 'force-dynamic';
export { handler as GET, handler as POST };
`,
};

let project: ConsumerProject;
beforeAll(async () => {
  project = await installConsumer({ name: 'nextjs15', packages: ['core', 'adapters'], dependencies: { next: '^15', react: '^19', 'react-dom': '^19' }, files: nextFiles });
  await runIn(project, 'next build', process.execPath, ['node_modules/next/dist/bin/next', 'build'], { NEXT_TELEMETRY_DISABLED: '1' });
}, 420_000);

afterAll(printTimings);

describe('the handler as a Next.js 15 App Router route handler (packed packages, next start)', () => {
  it('default: a run created over HTTP streams to run.completed and stores version 1 with the files', async () => {
    expect(installedVersion(project, 'next').split('.')[0]).toBe('15');
    const started = performance.now();
    const port = await freePort();
    const server = await startServer(project, process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
      port,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    });
    try {
      const generation = await generateOverHttp(`${server.origin}/api/builder`);
      expect(generation).toMatchObject({ status: 'completed', files: appFiles, versions: [1] });
    } finally {
      await server.stop();
      recordTiming(project.name, 'server + generation', performance.now() - started);
    }
  });
});
