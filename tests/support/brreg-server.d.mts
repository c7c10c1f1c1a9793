export type BrregServer = {
  /** base URL, e.g. http://127.0.0.1:PORT/enhetsregisteret/api (BRREG_API_URL) */
  url: string;
  port: number;
  /** the paths asked, in order */
  requests: string[];
  /** true: refuse connections, as a register that cannot be reached; false: answer again on the same port */
  setDown(down: boolean): Promise<void>;
  stop(): Promise<void>;
};
export function startBrregServer(options?: { port?: number; host?: string }): Promise<BrregServer>;
