/**
 * Runs a script's main and exits with its code (0 when it returns nothing); a thrown error prints its stack and
 * exits 1. Scripts exit explicitly because pools and child processes they opened would otherwise keep them alive.
 */
export function runScript(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : String(error));
      process.exit(1);
    },
  );
}
