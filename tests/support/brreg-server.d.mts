/** Types for tests/support/brreg-server.mjs, a local stand-in for Enhetsregisteret's open API. */
export type BrregServer = {
  /** base URL for BRREG_API_URL, e.g. http://127.0.0.1:PORT/enhetsregisteret/api */
  url: string;
  port: number;
  /** the paths asked, in order ("/enhetsregisteret/api/enheter/820852982") */
  requests: string[];
  /** true: close the listener and open connections (connection refused); false: listen on the same port again */
  setDown(down: boolean): Promise<void>;
  stop(): Promise<void>;
};
export function startBrregServer(options?: { port?: number; host?: string }): Promise<BrregServer>;
