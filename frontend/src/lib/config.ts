/** Runtime configuration, validated once at start so a bad build fails loudly, not later. */
export interface AppConfig {
  readonly apiBaseUrl: string;
}

function readConfig(): AppConfig {
  const raw: unknown = import.meta.env.VITE_API_BASE_URL ?? '';
  if (typeof raw !== 'string' || (raw !== '' && !/^https?:\/\/|^\//.test(raw))) {
    throw new Error(`VITE_API_BASE_URL must be empty, a path or an http(s) URL, got: ${String(raw)}`);
  }
  return { apiBaseUrl: raw.replace(/\/$/, '') };
}

export const config: AppConfig = readConfig();
