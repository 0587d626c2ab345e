import { buildIfNeeded } from "./support/build-if-needed";

buildIfNeeded((line) => console.log(`[tokenbook] ${line}`));
