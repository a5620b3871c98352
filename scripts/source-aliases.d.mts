export declare const SOURCE_ENTRIES: Record<string, string>;
export declare function sourceAliases(): Record<string, string>;
