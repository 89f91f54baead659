// Keeps the feedback database optional for the rest of the process: if it cannot be opened (PostgreSQL
// down, data directory unwritable) the static site serves on, the API answers 503, and the next request
// after a pause tries again.
import { openDatabase, type Database, type DatabaseConfig } from './database';

const RETRY_MS = 5000;

export class DatabaseHandle {
  private db?: Database;
  private opening?: Promise<Database | undefined>;
  private lastFailure = 0;

  constructor(
    private readonly config: DatabaseConfig,
    private readonly log: (line: string) => void = console.warn,
    private readonly open: (config: DatabaseConfig) => Promise<Database> = openDatabase,
  ) {}

  /** The database, or undefined while it cannot be reached. */
  async get(): Promise<Database | undefined> {
    if (this.db) return this.db;
    if (this.opening) return this.opening;
    if (Date.now() - this.lastFailure < RETRY_MS) return undefined;
    this.opening = this.open(this.config)
      .then((db) => {
        this.db = db;
        return db;
      })
      .catch((err: unknown) => {
        this.lastFailure = Date.now();
        this.log(`feedback database unavailable: ${err instanceof Error ? err.message.split('\n')[0].slice(0, 160) : String(err)}`);
        return undefined;
      })
      .finally(() => {
        this.opening = undefined;
      });
    return this.opening;
  }

  /** What `npm start` prints. */
  describe(): string {
    return this.config.url ? `PostgreSQL (${new URL(this.config.url).host})` : `PGlite in ${this.config.dataDir}`;
  }

  async close(): Promise<void> {
    await this.opening;
    await this.db?.close();
    this.db = undefined;
  }
}
