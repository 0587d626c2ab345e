// A server action's form as it travels: multipart/form-data, each field a part. React names a form's
// fields after the argument that carries them ("_1_backupId"), so a field is found by its name's end.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The whole part of `field`, boundary line included, with its header and its text. */
const partOf = (field: string) =>
  new RegExp(
    `--[^\\r\\n]+\\r\\nContent-Disposition: form-data; name="((?:_?\\d+_)?${escape(field)})"\\r\\n\\r\\n([^\\r\\n]*)\\r\\n`,
  );

/** The text `field` carries in `body`, or undefined when it has no such part. */
export const fieldValue = (body: string, field: string) => partOf(field).exec(body)?.[2];

/** `body` with `field`'s part passed to `change`, which returns the part to send instead (or "" for none). */
function changePart(body: string, field: string, change: (boundary: string, name: string, value: string) => string) {
  const match = partOf(field).exec(body);
  if (!match) throw new Error(`No field ${field} in the form`);
  const boundary = match[0].slice(0, match[0].indexOf("\r\n"));
  return body.replace(match[0], change(boundary, match[1], match[2]));
}

const part = (boundary: string, disposition: string, value: string, type = "") =>
  `${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n${type}\r\n${value}\r\n`;

/** Hand-made versions of one field of a captured form: each is something a page would never send. */
export function hostileFieldVariants(body: string, field: string): Record<string, string> {
  return {
    empty: changePart(body, field, (b, name) => part(b, `name="${name}"`, "")),
    missing: changePart(body, field, () => ""),
    unknown: changePart(body, field, (b, name) => part(b, `name="${name}"`, "nobody-at-all")),
    "a file, not text": changePart(body, field, (b, name, value) =>
      part(b, `name="${name}"; filename="id.txt"`, value, "Content-Type: text/plain\r\n"),
    ),
    "sent twice": changePart(body, field, (b, name, value) => part(b, `name="${name}"`, value).repeat(2)),
  };
}

/** `body` with `field` renamed, as a form that never sent it. */
export const renameField = (body: string, field: string, to: string) =>
  changePart(body, field, (b, name, value) => part(b, `name="${name.replace(field, to)}"`, value));
