import { useEffect, useState } from 'react';

/** The value as it was once it stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
  return useSettling(value, delayMs)[0];
}

/** The same, with a way to take the value as it is now, without waiting (a key that acts on what was typed). */
export function useSettling<T>(value: T, delayMs: number): [T, () => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return [settled, () => setSettled(value)];
}
