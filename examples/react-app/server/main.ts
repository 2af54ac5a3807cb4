import { fileURLToPath } from 'node:url';
import { createAppServer } from './create-app-server.js';
import { createDemoBuilder } from './demo-builder.js';

const port = Number(process.env.PORT ?? 5174);
const builder = createDemoBuilder();
const server = createAppServer({ builder, staticDir: fileURLToPath(new URL('../dist', import.meta.url)) });
server.listen(port, '127.0.0.1', () => {
  console.log(`Buildwright React example on http://127.0.0.1:${port} (scripted model, in-memory storage)`);
});
const stop = () => {
  server.close();
  void builder.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
