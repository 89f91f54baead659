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

  /**
   * The database, or undefined while it cannot be reached. While it is being opened (PGlite's first
   * start creates it, which takes seconds on a busy machine), waits at most `waitMs`.
   */
  async get({ waitMs = 5000 }: { waitMs?: number } = {}): Promise<Database | undefined> {
    if (this.db) return this.db;
    if (!this.opening && Date.now() - this.lastFailure >= RETRY_MS) this.startOpening();
    if (!this.opening) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<undefined>((done) => {
      timer = setTimeout(() => done(undefined), waitMs);
    });
    return Promise.race([this.opening, gaveUp]).finally(() => clearTimeout(timer));
  }

  /** Whether the database is open now (for the start-up line). */
  async ready(): Promise<Database | undefined> {
    if (!this.opening && !this.db) this.startOpening();
    return this.db ?? this.opening;
  }

  private startOpening() {
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
