// Prisma passes startsWith/contains to LIKE as given, so "_" and "%" would match any character.
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");
