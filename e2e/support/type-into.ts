import { expect, type Locator } from "@playwright/test";

/**
 * Types `text` key by key, as a person does, once `field` takes input. Playwright's `pressSequentially`
 * does not wait for a field to be enabled, and fields that need the page's script stay disabled until
 * it has loaded: typed sooner, the keys would land nowhere.
 */
export async function typeInto(field: Locator, text: string) {
  await expect(field).toBeEnabled();
  await field.pressSequentially(text);
}
