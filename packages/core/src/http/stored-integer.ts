/** Largest number Postgres keeps in the integer columns of seqs and versions: larger ones in a request are refused before storage sees them. */
export const maxStoredInteger = 2_147_483_647;
