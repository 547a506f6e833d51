/**
 * The app's secret (the one that signs sessions), as the key of signatures that must not be forged and of
 * pseudonyms that must not be reversed. Set by `npm start`/`npm run dev` (lib/auth/secret.ts) in every deployment.
 */
export function appSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the app with `npm start` or `npm run dev`.");
  return secret;
}
