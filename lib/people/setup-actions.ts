"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/run-action";
import { describeError } from "@/lib/http/describe-error";
import { completeSetup } from "./first-admin";

/** Creates the first admin from the one-time setup link, then goes straight to their sign-in confirmation. */
export async function completeSetupAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let signInLink: string;
  try {
    signInLink = await completeSetup(String(formData.get("token") ?? ""), {
      name: String(formData.get("name") ?? ""),
      email: String(formData.get("email") ?? ""),
    });
  } catch (error) {
    const { message, fields } = describeError(error);
    return { ok: false, message, fields };
  }
  redirect(signInLink);
}
