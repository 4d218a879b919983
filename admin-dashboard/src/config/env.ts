/** Build-time settings, validated once at start-up. */
import { parseApiBaseUrl } from './api-base-url';

export { parseApiBaseUrl };

export const env = {
  apiBaseUrl: parseApiBaseUrl(import.meta.env.VITE_API_BASE_URL as string | undefined),
} as const;
