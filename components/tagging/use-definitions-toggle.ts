import { useEffect, useRef, useState } from "react";

/**
 * Opening the definitions moves focus to their heading, so a keyboard user reads them at once; closing
 * gives focus back to where it was (the text, say), or to the button that opens them.
 */
export function useDefinitionsToggle() {
  const [open, setOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  function show() {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }

  function hide() {
    setOpen(false);
    const back = returnTo.current?.isConnected && returnTo.current !== document.body ? returnTo.current : null;
    (back ?? toggleRef.current)?.focus({ preventScroll: true });
  }

  return { open, headingRef, toggleRef, show, hide, toggle: () => (open ? hide() : show()) };
}
