import { hiddenFormFields } from "./form-fields.ts";

export interface Credentials {
  email: string;
  password: string;
}

const SESSION_COOKIE = "next-auth.session-token";

/**
 * Signs in through the login page as a browser without script does: loads the page, posts its form (the
 * server action's hidden fields, email and password) as multipart/form-data, and keeps the session cookie
 * the action sets before redirecting. Returns the `Cookie` header value for the user's later requests.
 */
export async function signIn(baseUrl: string, user: Credentials): Promise<string> {
  const loginUrl = `${baseUrl}/login?callbackUrl=${encodeURIComponent("/events")}`;
  const page = await fetch(loginUrl);
  if (!page.ok) throw new Error(`GET /login answered ${page.status}.`);
  const form = new FormData();
  for (const [name, value] of hiddenFormFields(await page.text())) form.append(name, value);
  form.append("email", user.email);
  form.append("password", user.password);
  const answer = await fetch(loginUrl, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { origin: baseUrl },
  });
  const cookie = answer.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (answer.status !== 303 || !cookie)
    throw new Error(`Signing in ${user.email} answered ${answer.status} without a session cookie.`);
  return cookie;
}
