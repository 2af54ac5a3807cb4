import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { defaultLabels, mergeLabels, type BuilderLabels, type BuilderLabelsInput } from './labels.js';

const LabelsContext = createContext<BuilderLabels>(defaultLabels);

export interface LabelsProviderProps {
  /** The labels to replace (any subset); the rest stay as the enclosing provider's, or English. */
  labels: BuilderLabelsInput;
  children?: ReactNode;
}

/**
 * Translates the components inside it: every string of the chat, prompt box, plan and checks comes
 * from these labels. Providers nest (an inner one replaces only what it names).
 *
 * @example
 * <LabelsProvider labels={{ send: 'Senden', build: 'Bauen', speakers: { user: 'Sie', assistant: 'Builder' } }}>
 *   <BuilderChat baseUrl="/api/builder" />
 * </LabelsProvider>
 */
export function LabelsProvider({ labels, children }: LabelsProviderProps): ReactNode {
  const outer = useContext(LabelsContext);
  const merged = useMemo(() => mergeLabels(outer, labels), [outer, labels]);
  return <LabelsContext.Provider value={merged}>{children}</LabelsContext.Provider>;
}

/**
 * The labels in effect: the nearest `<LabelsProvider>`'s, else English.
 *
 * @example
 * const labels = useLabels();
 * <button type="submit">{labels.send}</button>
 */
export function useLabels(): BuilderLabels {
  return useContext(LabelsContext);
}
