// Server modules (lib/db.ts and the like) `import "server-only"`, which throws unless Node resolves
// packages under the "react-server" condition, as Next does for server code. So every command-line
// entry runs with it: `tsx --conditions=react-server` (package.json), and the commands tests start.
// (Vitest and Playwright map the marker to an empty module instead: vitest.config.ts, playwright.config.ts.)
export const reactServerCondition = "--conditions=react-server";
