"use server";

import { headers } from "next/headers";
import { clientAddress, currentActor } from "./current-actor";
import { signIn, signOut } from "./auth";
import { answerSignInRequest } from "./answer-sign-in-request";
import { safeReturnPath } from "./return-path";
import { signInSchema } from "./schema";
import { signOutEverywhere } from "./sign-out-everywhere";

export type SignInRequestState = { sent: boolean; message?: string; emailError?: string };

export async function requestSignInLinkAction(_previous: SignInRequestState, formData: FormData): Promise<SignInRequestState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "" });
  if (!parsed.success) return { sent: false, emailError: parsed.error.issues[0].message };
  return answerSignInRequest(parsed.data.email, clientAddress(await headers()), safeReturnPath(formData.get("callbackUrl")));
}

export async function signInWithSsoAction(formData: FormData) {
  await signIn("oidc", { redirectTo: safeReturnPath(formData.get("callbackUrl")) ?? "/" });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}

export async function signOutEverywhereAction() {
  await signOutEverywhere(await currentActor());
  await signOut({ redirectTo: "/sign-in" });
}
