export type Instance = {
  id: string;
  port: number;
  pid: number;
  log: string;
  stop(): Promise<void>;
  kill(): Promise<void>;
};
export type Served = { method: string; path: string; status: number; instance: string; tried: string[] };
export type Cluster = {
  url: string;
  dir: string;
  instances: Instance[];
  jobSecret: string;
  served(): Served[];
  stop(options?: { dropDatabase?: boolean }): Promise<void>;
};
export function instancePorts(port: number, instances?: number): number[];
export function nginxPortalConfig(options: {
  listen: number | string;
  upstreams: string[];
  accessLog?: string;
}): string;
export function nginxConfig(options: { listen: number | string }): string;
export function startCluster(options?: {
  port?: number;
  instances?: number;
  database?: string;
  redisUrl?: string;
  instanceEnv?: (id: string) => Record<string, string>;
}): Promise<Cluster>;
