// Apart from the hashing code so that forms in the browser can show the rule.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
