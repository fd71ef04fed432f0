/**
 * The figures of Boucle's last RGAA 4.1 audit, from the grid in docs/rgaa-audit.md (a Vitest test
 * checks they match it). The footer's state and the accessibility declaration are computed from them.
 */
export const AUDIT = {
  /** The day the audit was done and the declaration established (ISO date). */
  date: '2026-12-05',
  conform: 71,
  notConform: 0,
  notApplicable: 35,
  /** The criteria not met, in the grid's order: the declaration lists each. */
  nonConformities: [] as readonly string[],
} as const;

export type ConformityState = 'total' | 'partial' | 'none';

/** The official rate: criteria met ÷ applicable criteria (met or not), in percent. */
export function conformityRate(audit: { conform: number; notConform: number } = AUDIT): number {
  const applicable = audit.conform + audit.notConform;
  return applicable === 0 ? 100 : (audit.conform / applicable) * 100;
}

/** RGAA: totally conform at 100 %, partially from 50 %, not conform below. */
export function conformityState(rate: number = conformityRate()): ConformityState {
  if (rate >= 100) return 'total';
  if (rate >= 50) return 'partial';
  return 'none';
}
