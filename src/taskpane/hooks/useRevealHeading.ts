/**
 * A new result's heading brought into view and focused, so that neither the eye nor a screen reader is
 * left at the button that produced it (issue 13 point 1). `result`: what changes when there is a new
 * result (null while there is none).
 */
import { useEffect, useRef } from 'react';

export function useRevealHeading(result: unknown) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result === null || result === undefined) return;
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus();
  }, [result]);
  return heading;
}
