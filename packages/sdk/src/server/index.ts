/** @policykit/sdk/server — the server half of rights requests (Fetch-API handler and stores). */
export {};
