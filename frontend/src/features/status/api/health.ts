import { config } from '../../../lib/config';

/** DEGRADED: Boucle works without a part (Elasticsearch down: no catalogue search). */
export type ComponentStatus = 'UP' | 'DEGRADED' | 'DOWN' | 'UNKNOWN';

export interface Health {
  status: ComponentStatus;
  components: Record<string, ComponentStatus>;
}

function asStatus(value: unknown): ComponentStatus {
  return value === 'UP' || value === 'DEGRADED' || value === 'DOWN' ? value : 'UNKNOWN';
}

/**
 * Reads /health (the overall status, for everyone) or, for the operator, /api/operator/health (each
 * component with its details); a 503 still carries the report, so it is parsed rather than thrown.
 */
export async function fetchHealth(signal?: AbortSignal, detailed = false): Promise<Health> {
  const path = detailed ? '/api/operator/health' : '/health';
  const response = await fetch(`${config.apiBaseUrl}${path}`, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
  const body = (await response.json()) as { status?: unknown; details?: Record<string, { status?: unknown }> };
  const components: Record<string, ComponentStatus> = {};
  for (const [name, detail] of Object.entries(body.details ?? {})) {
    components[name] = asStatus(detail.status);
  }
  return { status: asStatus(body.status), components };
}
