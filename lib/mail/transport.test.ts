import { describe, expect, it } from "vitest";
import { smtpOptions } from "./transport";

describe("smtpOptions", () => {
  it("keeps certificate checks on", () => {
    expect(smtpOptions("smtps://user:pass@mail.example.com:465").tls).toEqual({ rejectUnauthorized: true });
    expect(smtpOptions("smtp://mail.example.com:587?tls.rejectUnauthorized=true").tls).toEqual({
      rejectUnauthorized: true,
    });
  });

  it.each(["false", "0", ""])("refuses an SMTP_URL that sets tls.rejectUnauthorized=%s", (value) => {
    expect(() => smtpOptions(`smtp://mail.example.com:587?tls.rejectUnauthorized=${value}`)).toThrow(
      "SMTP_URL turns off the mail server's certificate check",
    );
  });
});
