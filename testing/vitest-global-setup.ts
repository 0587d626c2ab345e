import type { TestProject } from "vitest/node";
import { prepareTemplateDatabase, startTestDatabaseServer } from "./test-database-server";

export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer();
  await prepareTemplateDatabase(server.serverUrl);
  project.provide("testDatabaseServerUrl", server.serverUrl);
  process.env.TEST_ADMIN_DATABASE_URL = server.serverUrl;
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServerUrl: string;
  }
}
