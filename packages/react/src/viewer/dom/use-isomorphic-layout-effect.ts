import { useEffect, useLayoutEffect } from 'react';

// Layout effects do not run on the server; React 18 warns when they are used there.
/** `useLayoutEffect` in the browser, `useEffect` on the server (one definition for the viewer). */
export const useIsomorphicLayoutEffect =
  typeof window === 'undefined' ? useEffect : useLayoutEffect;
