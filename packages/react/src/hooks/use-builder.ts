import { BuildwrightError, type BuilderClient } from '@buildwright/client';
import { useContext } from 'react';
import { BuilderClientContext } from '../context/builder-provider.js';

/**
 * The client of the nearest `<BuilderProvider>`: actions (`send`, `generate`, `edit`, `cancel`,
 * `restore`, `loadProject`, ...) and the store the other hooks read.
 *
 * @example
 * const builder = useBuilder();
 * <button onClick={() => builder.send('add a dark mode')}>Dark mode</button>
 */
export function useBuilder(): BuilderClient {
  const client = useContext(BuilderClientContext);
  if (!client) throw missingProvider('useBuilder()');
  return client;
}

/** The error of a hook used outside a `<BuilderProvider>`. */
export function missingProvider(hook: string): BuildwrightError {
  return new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'react.md', message: `${hook} needs a <BuilderProvider baseUrl="..."> above this component.` });
}

/**
 * The client of the nearest `<BuilderProvider>`, or `null` outside one (for components that
 * also work from props alone).
 *
 * @example
 * const client = useOptionalBuilder();
 */
export function useOptionalBuilder(): BuilderClient | null {
  return useContext(BuilderClientContext);
}
