/** @policykit/sdk/markdown — the Markdown authoring dialect, kept out of the browser entry. */
export {};
