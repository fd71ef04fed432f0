let last = 0;

/** A new number each call: keys that make a repeated message announce itself again. */
export function nextMessageKey(): number {
  last += 1;
  return last;
}
