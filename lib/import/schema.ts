import { z } from "zod";
import {
  emptyExpiryChoices,
  dateOrders,
  fileTooLarge,
  importFieldKeys,
  maxImportBytes,
  maxImportRows,
  oneValueFields,
} from "./import-fields";

export * from "./import-fields";

/** One choice per spreadsheet column, by position: a Tokenbook field, or "" to ignore the column. */
export const columnMappingSchema = z
  .array(z.union([z.enum(importFieldKeys), z.literal("")]))
  .max(200, "The file has too many columns.");

/** What the match and import steps send; the server reads the file again from this text every time. */
export const importRequestSchema = z.object({
  fileName: z.string().trim().max(200).default("spreadsheet.csv"),
  csvText: z.string().max(maxImportBytes, fileTooLarge),
  /** Row numbers of the Excel sheet the text was made from, shown instead of CSV line numbers. */
  lines: z.array(z.number().int().min(1).max(10_000_000)).max(maxImportRows).optional(),
  mapping: columnMappingSchema,
  dateOrder: z.union([z.enum(dateOrders), z.literal("")]).default(""),
  emptyExpiry: z.union([z.enum(emptyExpiryChoices), z.literal("")]).default(""),
  /** Owner or backup emails of nobody in Tokenbook, each given to someone who is (chosen in the preview). */
  emailSubstitutes: z
    .record(z.string().trim().toLowerCase().max(320), z.string().trim().toLowerCase().max(320))
    .refine((map) => Object.keys(map).length <= 1_000, "Too many people were replaced at once.")
    .default({}),
  /** Cells corrected in the preview, by the row's line and the field: they take the place of the file's cell. */
  edits: z
    .array(
      z.object({
        line: z.number().int().min(1).max(10_000_000),
        field: z.enum(importFieldKeys),
        value: z.string().max(10_000, "A cell can be at most 10,000 characters."),
      }),
    )
    .max(10_000, "Too many cells were corrected at once.")
    .default([]),
  /** Lines the person chose to leave out of the import. */
  skippedLines: z.array(z.number().int().min(1).max(10_000_000)).max(maxImportRows).default([]),
  /** People invited from the preview: their invitation is their one email, so the import does not email them again. */
  invited: z.array(z.string().trim().toLowerCase().max(320)).max(1_000).default([]),
  fixedValues: z
    .partialRecord(
      z.enum(oneValueFields),
      z.string().trim().max(1000, "A value for every row can be at most 1,000 characters."),
    )
    .default({}),
});

export type ImportRequest = z.input<typeof importRequestSchema>;
