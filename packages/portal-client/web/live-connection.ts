import { useEffect, useState } from 'react';
import type { Client } from 'graphql-ws';
import { createContext, useContext } from 'react';

export type LiveStatus = 'connecting' | 'connected' | 'closed';

export const LiveClientContext = createContext<Client | null>(null);

const lastStatus = new WeakMap<Client, LiveStatus>();

/** Remembers a client's connection state from its creation, so a page opened while the socket is already up says so. */
export function trackLiveStatus(client: Client): void {
  client.on('connected', () => lastStatus.set(client, 'connected'));
  client.on('connecting', () => lastStatus.set(client, 'connecting'));
  client.on('closed', () => lastStatus.set(client, 'closed'));
}

/** The state of the portal's graphql-ws connection (for a "live updates on/off" line). */
export function useLiveConnection(): LiveStatus {
  const client = useContext(LiveClientContext);
  const [status, setStatus] = useState<LiveStatus>(() => (client && lastStatus.get(client)) || 'connecting');
  useEffect(() => {
    if (!client) return undefined;
    const offs = [
      client.on('connected', () => setStatus('connected')),
      client.on('connecting', () => setStatus('connecting')),
      client.on('closed', () => setStatus('closed')),
    ];
    return () => offs.forEach((off) => off());
  }, [client]);
  return status;
}
