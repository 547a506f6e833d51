/** Shared by the schema and the form, which must not pull zod into the browser bundle for one number. */
export const DESCRIPTION_MAX_LENGTH = 5000;
