import { z } from "zod";
import { emailAddress } from "@/lib/validation/email-address";

export const signInSchema = z.object({
  email: emailAddress,
});
