import { createBuilderClient, type BuilderClient, type HeadersInput, type ReconnectOptions, type RunEventSource } from '@buildwright/client';
import { createContext, useEffect, useState, type ReactNode } from 'react';

/** The client of the nearest `<BuilderProvider>`, or `null`. */
export const BuilderClientContext = createContext<BuilderClient | null>(null);

export interface BuilderProviderProps {
  /** A client you created (shared with non-React code); otherwise one is created from `baseUrl`. */
  client?: BuilderClient;
  /** Where `createBuilderHandler` is mounted, e.g. `/api/builder`. Needed when `client` is not given. */
  baseUrl?: string;
  /** Headers of every request (e.g. `authorization`), or a function returning them. */
  headers?: HeadersInput;
  /** The fetch to use. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Reconnection backoff of the event stream. */
  reconnect?: ReconnectOptions;
  /** Where runs' events are read: the handler's Server-Sent Events by default, or your `RunEventSource` (a WebSocket). */
  runEvents?: RunEventSource;
  /** Loads this project (its history, files, versions, and its latest run) on mount. */
  projectId?: string;
  children?: ReactNode;
}

/**
 * Gives its children a Buildwright client (`useBuilder()` and every hook and component below).
 * A client it created itself stops following runs when the provider unmounts.
 *
 * @example
 * <BuilderProvider baseUrl="/api/builder" headers={{ authorization: `Bearer ${token}` }}>
 *   <BuilderChat />
 *   <Preview />
 * </BuilderProvider>
 */
export function BuilderProvider(props: BuilderProviderProps): ReactNode {
  const [owned] = useState(() =>
    props.client
      ? null
      : createBuilderClient({
          baseUrl: props.baseUrl ?? '',
          ...(props.headers === undefined ? {} : { headers: props.headers }),
          ...(props.fetch === undefined ? {} : { fetch: props.fetch }),
          ...(props.reconnect === undefined ? {} : { reconnect: props.reconnect }),
          ...(props.runEvents === undefined ? {} : { runEvents: props.runEvents }),
        }),
  );
  const client = props.client ?? owned!;
  useEffect(() => {
    if (props.projectId && client.getSnapshot().project?.id !== props.projectId) client.loadProject(props.projectId).catch(() => undefined);
  }, [client, props.projectId]);
  useEffect(() => (owned ? () => owned.close() : undefined), [owned]);
  return <BuilderClientContext.Provider value={client}>{props.children}</BuilderClientContext.Provider>;
}
