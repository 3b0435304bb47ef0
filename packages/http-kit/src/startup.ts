import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A service that could not start: what failed, the underlying reason, and what to do about it. */
export class StartupError extends Error {
  constructor(
    readonly what: string,
    readonly reason: string,
    readonly remedy: string,
    options?: { cause?: unknown },
  ) {
    super(`${what}.\n  Reason: ${reason}\n  What to do: ${remedy}`, options);
    this.name = 'StartupError';
  }
}

/**
 * `server.listen` as a promise that rejects with a StartupError naming the service, the address and the
 * variable that moves it (a taken port would otherwise be an uncaught 'error' event).
 */
export function listen(server: Server, port: number, host: string, service: string, portVariable: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      const where = `${host}:${port}`;
      const remedy =
        err.code === 'EADDRINUSE'
          ? `Another program (another npm start?) listens on port ${port}: stop it, or choose another port with ${portVariable}.`
          : err.code === 'EACCES'
            ? `Ports below 1024 need privileges: choose a port of 1024 or more with ${portVariable}.`
            : err.code === 'EADDRNOTAVAIL'
              ? `${host} is not an address of this machine: check the bind address variable of ${service}.`
              : `Check ${portVariable} and the bind address of ${service}.`;
      reject(
        new StartupError(`The ${service} could not listen on ${where}`, `${err.code ?? 'error'}: ${err.message}`, remedy, { cause: err }),
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
