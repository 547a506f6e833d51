// Never a valid argon2 hash, so no password signs in until the invitation's link has set one.
export const NO_PASSWORD_YET = "!no-password-yet";
