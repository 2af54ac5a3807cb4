/** The server's clock: token expiry, quotas' days, licence expiry. Tests inject one to cross midnight. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
