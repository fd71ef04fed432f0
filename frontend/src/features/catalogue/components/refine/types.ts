/** A change to the catalogue's address query string. */
export type Change = (next: URLSearchParams) => void;
/** Applies a change; any change but paging goes back to page one unless `keepPage`. */
export type Refine = (change: Change, keepPage?: boolean) => void;
