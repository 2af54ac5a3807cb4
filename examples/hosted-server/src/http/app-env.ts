import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.js';

/** Per-request values the middleware sets for the routes. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The request's logger: every line carries `requestId`. */
    logger: Logger;
    /** The client's address (X-Forwarded-For only with TRUST_PROXY). */
    clientAddress: string;
    /** Set by `authenticated()`. */
    principal: Principal;
  };
}
