/** @policykit/react — styled, accessible components on @policykit/sdk. */
export {};
