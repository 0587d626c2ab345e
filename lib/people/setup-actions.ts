"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formObject, formText, parseAtTheDoor } from "@/lib/validation/action-input";
import type { ActionState } from "@/lib/auth/run-action";
import { describeError } from "@/lib/http/describe-error";
import { completeSetup } from "./first-admin";

/** Creates the first admin from the one-time setup link, then goes straight to their sign-in confirmation. */
export async function completeSetupAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const input = await parseAtTheDoor(
    z.object({ token: formText(200), name: formText(500), email: formText(320) }),
    formObject(formData),
  );
  if (!input.ok) return input.state;
  let signInLink: string;
  try {
    signInLink = await completeSetup(input.data.token, { name: input.data.name, email: input.data.email });
  } catch (error) {
    const { message, fields } = describeError(error);
    return { ok: false, message, fields };
  }
  redirect(signInLink);
}
