import { useCallback, useState } from "react";

/** The message of the workspace's live region; a repeated message is read again (it gets a new key). */
export function useAnnouncer() {
  const [message, setMessage] = useState<{ text: string; key: number } | null>(null);
  const announce = useCallback(
    (text: string) => setMessage((previous) => ({ text, key: (previous?.key ?? 0) + 1 })),
    [],
  );
  return { message, announce };
}
