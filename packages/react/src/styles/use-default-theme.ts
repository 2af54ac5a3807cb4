import { useInsertionEffect } from 'react';
import { defaultThemeCss } from './default-theme.js';

/**
 * Inserts the default theme's `<style data-buildwright-theme>` into the document once (every
 * component calls it; only the first inserts). Pass `false` to leave styling to the host.
 *
 * @example
 * useDefaultTheme(!props.unstyled);
 */
export function useDefaultTheme(enabled = true): void {
  useInsertionEffect(() => {
    if (!enabled || typeof document === 'undefined' || document.querySelector('style[data-buildwright-theme]')) return;
    const style = document.createElement('style');
    style.setAttribute('data-buildwright-theme', '');
    style.textContent = defaultThemeCss;
    document.head.prepend(style);
  }, [enabled]);
}
