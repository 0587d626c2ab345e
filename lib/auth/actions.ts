"use server";

import { headers } from "next/headers";
import { clientAddress, currentActor } from "./current-actor";
import { signIn, signOut } from "./auth";
import { answerSignInRequest } from "./answer-sign-in-request";
import { safeReturnPath } from "./return-path";
import { signInSchema } from "./schema";
import { receivedForm } from "@/lib/validation/action-input";
import { signOutEverywhere } from "./sign-out-everywhere";

/** `email`: what was typed, given back so a form posted without the page's script shows it again. */
export type SignInRequestState = { sent: boolean; message?: string; emailError?: string; email?: string };

export async function requestSignInLinkAction(
  _previous: SignInRequestState,
  received: FormData,
): Promise<SignInRequestState> {
  const formData = receivedForm(received);
  const typed = formData.get("email");
  const email = typeof typed === "string" ? typed.slice(0, 320) : "";
  const parsed = signInSchema.safeParse({ email: typed ?? "" });
  if (!parsed.success) return { sent: false, emailError: parsed.error.issues[0].message, email };
  return {
    ...(await answerSignInRequest(
      parsed.data.email,
      clientAddress(await headers()),
      safeReturnPath(formData.get("callbackUrl")),
    )),
    email,
  };
}

export async function signInWithSsoAction(received: FormData) {
  await signIn("oidc", { redirectTo: safeReturnPath(receivedForm(received).get("callbackUrl")) ?? "/" });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}

export async function signOutEverywhereAction() {
  await signOutEverywhere(await currentActor());
  await signOut({ redirectTo: "/sign-in" });
}
