// The framework-free client is its own dependency-free package; this entry keeps
// `@buildwright/core/client` working for code written before the split.
export * from '@buildwright/client';
