import { useEffect, useRef } from 'react';
import type { HeldKeys } from './types';

const gameKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' ']);

/** The keys held down now, kept in a ref (reading it never re-renders). */
export function useKeys(): { readonly current: HeldKeys } {
  const keys = useRef(new Set<string>());
  useEffect(() => {
    const down = (event: KeyboardEvent) => {
      if (gameKeys.has(event.key)) event.preventDefault(); // no page scrolling while playing
      keys.current.add(event.key);
    };
    const up = (event: KeyboardEvent) => keys.current.delete(event.key);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);
  return keys;
}
