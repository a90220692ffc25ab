export function writeSection(file: string, open: string, close: string, text: string, options?: { first?: boolean }): Promise<void>;
