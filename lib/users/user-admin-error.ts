/** A change to an account that was refused, with a message the admin (or the user) can act on. */
export class UserAdminError extends Error {}
