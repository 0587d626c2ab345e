import { z } from "zod";

export const assignableRoles = ["owner", "backup"] as const;
export type AssignableRole = (typeof assignableRoles)[number];

const id = z.string().trim().max(50);
const optionalId = id.optional().transform((value) => value || undefined);

export const bulkAssignSchema = z.object({
  role: z.enum(assignableRoles, "Choose whether to assign an owner or a backup."),
  personId: id.min(1, "Choose a person."),
  tokenIds: z.array(id.min(1)).min(1, "Select at least one token.").max(500, "Select at most 500 tokens at a time."),
  // "Make them an editor": a viewer chosen here is promoted in the same step.
  promote: z.boolean().default(false),
});

export type BulkAssignInput = z.input<typeof bulkAssignSchema>;

/** Per token of the person leaving: the new owner and backup; empty means "leave it" / "no backup". */
export const handOverSchema = z.object({
  personId: id.min(1),
  tokens: z.array(z.object({ tokenId: id.min(1), ownerId: optionalId, backupId: optionalId })).max(5000),
  leaveUnassigned: z.boolean().default(false),
  // "Make them an editor": viewers chosen to take over are promoted in the same step.
  promote: z.boolean().default(false),
});

export type HandOverInput = z.input<typeof handOverSchema>;
