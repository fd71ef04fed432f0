import { describe, expect, it } from 'vitest';
import { formatPeriod } from './duration';

describe('retention periods in words', () => {
  it('says each period in the largest whole unit', () => {
    expect(formatPeriod(15 * 60, 'fr')).toBe('15 minutes');
    expect(formatPeriod(24 * 3600, 'fr')).toBe('1 jour');
    expect(formatPeriod(36 * 3600, 'fr')).toBe('36 heures');
    expect(formatPeriod(30 * 86400, 'fr')).toBe('30 jours');
    expect(formatPeriod(730 * 86400, 'fr')).toBe('2 ans');
    expect(formatPeriod(3653 * 86400, 'en')).toBe('10 years');
  });
});
