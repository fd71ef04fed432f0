/** One page of a list as the API answers it: the items, the zero-based page, its size and the total count. */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** How many pages a list of `total` items makes (at least one, so "page 1 of 1" reads right). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}
