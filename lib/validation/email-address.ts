import { z } from "zod";

/** RFC 5321 §4.5.3.1: mail servers refuse a longer part before the @, or a longer address. */
const localPartLength = 64;
const addressLength = 254;

/**
 * An email address as a person types it, trimmed and lower-cased, that mail can be sent to: its form, and
 * at most 64 characters before the @ and 254 in all.
 */
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address, like name@company.com."))
  .refine(
    (address) => address.length <= addressLength && address.split("@")[0].length <= localPartLength,
    `That address is too long to send email to: at most ${localPartLength} characters before the @, and ${addressLength} in all.`,
  );
