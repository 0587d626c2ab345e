import type { APIRequestContext } from "@playwright/test";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import type { Actor } from "@/lib/auth/actor";
import { addDays, startOfUtcDay } from "@/lib/dates/calendar-day";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { deactivatePerson } from "@/lib/people/set-person-active";
import { expect } from "./fixtures";

/** Shared steps of the /api/v1 e2e specs: API keys, their request headers and the one error shape. */

export const day = (days: number, from = new Date()) => addDays(startOfUtcDay(from), days).toISOString().slice(0, 10);
export const unique = () => Math.random().toString(36).slice(2, 8);

export async function keyFor(
  owner: Actor,
  scope: "read" | "write" | "report",
  name = `key-${unique()}`,
  now = new Date(),
) {
  return (await createApiKey(owner, { name, scope, expiresOn: day(30, now), ownerId: owner.id }, now)).key;
}

export const as = (key: string, from = "198.51.100.23") => ({
  Authorization: `Bearer ${key}`,
  "X-Forwarded-For": from,
});

/** Every refusal is plain JSON in the one shape, never an HTML page or a 500. */
export async function expectError(
  response: Awaited<ReturnType<APIRequestContext["get"]>>,
  status: number,
  code: string,
) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as { error: { code: string; message: string; field: string | null } };
  expect(body).toEqual({ error: { code, message: expect.any(String), field: body.error.field } });
  expect(body.error.field === null || typeof body.error.field === "string").toBe(true);
  return body.error;
}

/** The admin deactivates the person straight in the database, as the People page's action does. */
export async function deactivate(admin: User, person: User) {
  const adminActor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  await db.$transaction(async (tx) =>
    deactivatePerson(tx, adminActor, await tx.user.findUniqueOrThrow({ where: { id: person.id } }), new Date()),
  );
}
