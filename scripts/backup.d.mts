export function dump(url: string, file: string): void;
export function restore(url: string, file: string, name: string): Promise<string>;
