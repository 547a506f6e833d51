import commonPasswordList from "fxa-common-password-list";

/**
 * True for a password on the list of the 50,000 most common passwords of 8+ characters (Mozilla's
 * fxa-common-password-list, MPL-2.0, built from SecLists' 10-million-password list), also when only its case
 * differs, or when it is such a password with digits or symbols added at the end ("sunshine2024!").
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const base = lower.replace(/[\d\W_]+$/u, "");
  return [password, lower, base].some((candidate) => candidate.length >= 8 && commonPasswordList.test(candidate));
}
