export function withDatabase(url: string, database: string): string;
