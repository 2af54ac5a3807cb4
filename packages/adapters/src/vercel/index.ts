export { vercelDeploy } from './vercel-deploy.js';
export type { VercelDeployOptions } from './vercel-deploy.js';
