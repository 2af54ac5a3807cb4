export { staticDeploy } from './static-deploy.js';
export type { StaticDeployAdapter, StaticDeployOptions } from './static-deploy.js';
export { nodeDeploy } from './node-deploy.js';
export type { NodeDeployAdapter, NodeDeployOptions } from './node-deploy.js';
