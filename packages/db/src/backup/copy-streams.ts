import { Readable, Writable } from 'node:stream';

/** The parts of pg's Connection a COPY needs (pg has no COPY API of its own; this is its Submittable protocol). */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.ReadableStream & {
    pause(): void;
    resume(): void;
    writableNeedDrain?: boolean;
    once(event: 'drain', cb: () => void): void;
  };
}

/**
 * `COPY ... TO STDOUT` as a readable stream of raw COPY data, with back-pressure on the socket.
 * Use: `client.query(new CopyOut(sql))` then pipe it.
 */
export class CopyOut extends Readable {
  private connection?: PgConnection;
  private paused = false;

  constructor(private readonly text: string) {
    super();
  }

  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  override _read(): void {
    this.resumeSocket();
  }

  handleCopyData(msg: { chunk: Buffer }): void {
    // pg's parser hands out a view of its read buffer, which the next socket read overwrites: copy it.
    if (!this.push(Buffer.from(msg.chunk)) && !this.paused) {
      this.paused = true;
      this.connection?.stream.pause();
    }
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    // The last data may have paused the socket in the same packet: the connection must read on.
    this.resumeSocket();
    this.push(null);
  }

  handleError(err: Error): void {
    this.resumeSocket();
    this.destroy(err);
  }

  private resumeSocket(): void {
    if (!this.paused) return;
    this.paused = false;
    this.connection?.stream.resume();
  }

  // Messages a COPY never gets; present because pg calls them on any active query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: PgConnection): void {
    connection.sendCopyFail('not a COPY FROM');
  }
}

/**
 * `COPY ... FROM STDIN` as a writable stream: write COPY text data, `end()` it, and it finishes when
 * the server has committed the rows (or errors with the server's message).
 */
export class CopyIn extends Writable {
  private connection?: PgConnection;
  private ready = false;
  private waiting: (() => void)[] = [];
  private done?: (err?: Error | null) => void;
  private failed?: Error;
  private ended = false;

  constructor(private readonly text: string) {
    super();
  }

  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  handleCopyInResponse(): void {
    this.ready = true;
    if (this.destroyed) return this.connection?.sendCopyFail('aborted by the client');
    for (const w of this.waiting.splice(0)) w();
  }

  /** Destroying an open COPY aborts it on the server (CopyFail), so the connection stays usable. */
  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    if (this.ready && !this.failed && !this.ended) {
      this.ended = true;
      this.connection?.sendCopyFail(err?.message ?? 'aborted by the client');
    }
    cb(err);
  }

  private whenReady(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.whenReady().then(() => {
      if (this.failed) return cb(this.failed);
      const connection = this.connection as PgConnection;
      connection.sendCopyFromChunk(chunk);
      if (connection.stream.writableNeedDrain) connection.stream.once('drain', () => cb());
      else cb();
    }, cb);
  }

  override _final(cb: (err?: Error | null) => void): void {
    this.whenReady().then(() => {
      if (this.failed) return cb(this.failed);
      this.done = cb;
      this.ended = true;
      this.connection?.endCopyFrom();
    }, cb);
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    const done = this.done;
    this.done = undefined;
    done?.(this.failed ?? null);
  }

  handleError(err: Error): void {
    this.failed = err;
    for (const w of this.waiting.splice(0)) w();
    const done = this.done;
    this.done = undefined;
    if (done) done(err);
    else this.destroy(err);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}
