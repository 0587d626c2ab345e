// Server modules (lib/db.ts and the like) `import "server-only"`, which throws unless Node resolves
// packages under the "react-server" condition, as Next does for server code. So every command-line
// entry (`tsx --conditions=react-server`, see package.json) and test process runs with it; Next's own
// processes must not inherit it, since Next chooses conditions per layer itself.
export const reactServerCondition = "--conditions=react-server";

/** NODE_OPTIONS without the condition, for a Next process. */
export const withoutReactServerCondition = (nodeOptions: string | undefined) => nodeOptions?.replaceAll(reactServerCondition, "").trim() || undefined;
