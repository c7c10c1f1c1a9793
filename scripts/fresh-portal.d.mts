export type FreshPortal = { url: string; databaseUrl: string; log: string; stop(): Promise<void> };
export function startFreshPortal(options: {
  port: number;
  database?: string;
  env?: Record<string, string>;
}): Promise<FreshPortal>;
