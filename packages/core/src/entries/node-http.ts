export { sendWebResponse, toNodeListener, toWebRequest } from '../http/node-listener.js';
