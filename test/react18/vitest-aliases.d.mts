import type { Alias } from 'vite';

/** Where `npm ci --prefix test/react18` puts React 18. */
export const REACT18_MODULES: string;
/** `react`, `react-dom` (and subpaths), use-sync-external-store and Testing Library, for React 18. */
export function react18Aliases(): Alias[];
/** Packages that import React and must go through Vite (and the aliases) in jsdom. */
export const REACT18_INLINE: RegExp[];
