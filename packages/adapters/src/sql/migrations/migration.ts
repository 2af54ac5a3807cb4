/** One schema migration: applied once, in id order, inside one transaction. */
export interface Migration {
  /** Sortable id, `NNNN-name`; never renamed once released. */
  id: string;
  /** Statements run in order (one statement each, so every driver can run them). */
  statements: string[];
}
