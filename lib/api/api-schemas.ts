import { z } from "zod";
import { criticalities, environments } from "@/lib/tokens/schema";
import { tokenStatuses } from "@/lib/tokens/token-status";

// What the API answers, as zod schemas: the OpenAPI document is generated from these, and the
// contract test checks every real answer against them.

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ example: "2027-03-31" });
const person = z.object({ id: z.string(), name: z.string(), email: z.string() }).meta({ id: "Person" });

export const tokenJsonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    service: z.string(),
    purpose: z.string(),
    dependents: z.array(z.string()).meta({ description: "What stops working if it expires." }),
    environment: z.enum(environments),
    secretLocation: z.string().meta({ description: "Where the secret is kept; never the secret itself." }),
    scopes: z.string().nullable(),
    owner: person,
    // A union, not .nullable(): the generator writes a nullable reference as allOf, which no null matches.
    backup: z.union([person, z.null()]),
    team: z.object({ id: z.string(), name: z.string() }).nullable(),
    issuedOn: day.nullable(),
    expiresOn: day.nullable().meta({ description: "null: the token does not expire." }),
    rotateEveryDays: z.number().int().nullable(),
    lastRotatedOn: day.nullable(),
    rotationDueOn: day.nullable(),
    criticality: z.enum(criticalities),
    consoleUrl: z.string().nullable(),
    tags: z.array(z.string()),
    notes: z.string().nullable(),
    state: z.enum(["active", "compromised", "revoked", "retired"]),
    status: z.enum(tokenStatuses).meta({ description: "Derived: expired, expiring soon, healthy, …" }),
    version: z.string().meta({
      description: "Send it back unchanged when you update the token: a change made since is refused with 409.",
    }),
  })
  .meta({ id: "Token" });

export const tokenPageSchema = z
  .object({
    tokens: z.array(tokenJsonSchema),
    next: z.string().nullable().meta({ description: "Pass as `after` for the next page; null on the last page." }),
  })
  .meta({ id: "TokenPage" });

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        "unauthenticated",
        "forbidden",
        "not_found",
        "conflict",
        "invalid",
        "bad_request",
        "bad_json",
        "too_large",
        "rate_limited",
        "internal",
      ]),
      message: z.string().meta({ description: "What went wrong, in plain words." }),
      field: z
        .string()
        .nullable()
        .meta({ description: "The request field at fault, like “expiresOn” or “dependents.2”." }),
    }),
  })
  .meta({ id: "Error" });

export const personListSchema = z
  .object({ people: z.array(person.extend({ role: z.enum(["viewer", "editor", "admin"]), active: z.boolean() })) })
  .meta({
    id: "PersonList",
    description: "Everyone who can be named owner or backup (active editors and admins) and who else is in Tokenbook.",
  });

export const teamListSchema = z
  .object({ teams: z.array(z.object({ id: z.string(), name: z.string() })) })
  .meta({ id: "TeamList" });

const noSuchId = "That is not a token id. Copy the token's id from its address in Tokenbook (/tokens/…).";
export const tokenPathParams = z.object({
  id: z.string(noSuchId).min(1, noSuchId).max(64, noSuchId).meta({ description: "The token's id." }),
});
