declare module "fxa-common-password-list" {
  /** True when the password is one of the list's 50,000 most common ones (exact match). */
  const list: { test(password: string): boolean };
  export default list;
}
