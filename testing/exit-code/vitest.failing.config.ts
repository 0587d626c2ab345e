import projectConfig from "../../vitest.config";

/** The project's own setup (which starts or reaches the test database) around one failing test. */
const failingRunConfig = {
  ...projectConfig,
  test: { ...projectConfig.test, include: ["testing/exit-code/*.check.ts"] },
};

export default failingRunConfig;
