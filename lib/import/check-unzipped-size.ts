import { fromBufferPromise, type Entry } from "yauzl";
import { InvalidInputError } from "@/lib/errors";
import { maxUnzippedBytes } from "./schema";
import { unreadable } from "./spreadsheet-table";

const maxParts = 5_000;

const tooLargeUnzipped = () =>
  unreadable(
    `it unpacks to more than ${maxUnzippedBytes / 1024 / 1024} MB, far more than a list of tokens needs. Copy the token rows into a new workbook and choose that file.`,
  );
export const notAWorkbook = () =>
  unreadable(
    "it isn't an Excel workbook that can be opened (the file is damaged or is another kind of file). Open it in Excel, save it as “Excel Workbook (.xlsx)” and choose it again.",
  );

/**
 * Refuses a workbook that would unpack beyond the limit before anything reads it whole: first by the
 * sizes the zip declares, then by unpacking each part and throwing the bytes away, so a zip that
 * lies about its sizes is caught too, with memory staying flat.
 */
export async function checkUnzippedSize(bytes: Uint8Array): Promise<void> {
  const zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    validateEntrySizes: true,
  }).catch(() => {
    throw notAWorkbook();
  });
  try {
    const entries: Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      declared += entry.uncompressedSize;
      if (declared > maxUnzippedBytes) throw tooLargeUnzipped();
      if (entries.length > maxParts) throw notAWorkbook();
    }
    let unpacked = 0;
    for (const entry of entries) {
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        unpacked += (chunk as Buffer).byteLength;
        if (unpacked > maxUnzippedBytes) {
          stream.destroy();
          throw tooLargeUnzipped();
        }
      }
    }
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw notAWorkbook();
  } finally {
    zip.close();
  }
}
