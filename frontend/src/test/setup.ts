import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../lib/i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom has no canvas: ECharts measures label widths through this instead (about 7 px a character).
import { setPlatformAPI } from 'echarts/core';
setPlatformAPI({ measureText: (text: string) => ({ width: text.length * 7 }) });
