import { Prisma } from "@/lib/generated/prisma/client";

/** True when a write broke a unique constraint (another row already has that value). */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
