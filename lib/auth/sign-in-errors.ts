/** Auth.js reports problems as a code in the URL; these are the words people see instead. */
const messages: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Links work once, for 10 minutes. Ask for a new one below.",
  AccessDenied: "That account can't sign in to Tokenbook. Ask an admin to invite you, or check that your invitation is still active.",
  OAuthAccountNotLinked: "That single sign-on account doesn't match an invited person. Ask an admin to check your email address.",
};

export function signInErrorMessage(code: string | string[] | undefined) {
  if (!code) return null;
  const key = Array.isArray(code) ? code[0] : code;
  return messages[key] ?? "Signing in didn't work. Please try again, or ask for a new link.";
}
