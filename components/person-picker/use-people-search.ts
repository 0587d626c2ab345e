"use client";

import { useEffect, useRef, useState } from "react";
import type { PickablePerson } from "@/lib/people/search-people";

export type { PickablePerson } from "@/lib/people/search-people";

export const describePerson = (person: { name: string; email: string }) => `${person.name} (${person.email})`;

type Answer = { query: string; people: PickablePerson[]; more: boolean; error?: string };

/**
 * The server's people matching `text` (debounced); `pending` until the answer for this very text is
 * in. `onAnswer` hears each answer with the text it answers.
 */
export function usePeopleSearch(text: string, onAnswer: (people: PickablePerson[], query: string) => void) {
  const q = text.trim();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const answered = useRef(onAnswer);
  useEffect(() => {
    answered.current = onAnswer;
  });

  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/people/search?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const body = await response.json();
        setAnswer(response.ok ? { query: q, ...body } : { query: q, people: [], more: false, error: body.message });
        if (response.ok) answered.current(body.people, q);
      } catch {
        if (!controller.signal.aborted)
          setAnswer({
            query: q,
            people: [],
            more: false,
            error: "The people search isn't answering right now. Try again in a moment.",
          });
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const current = q && answer?.query === q ? answer : null;
  return {
    people: current?.people ?? [],
    more: current?.more ?? false,
    error: current?.error,
    pending: q !== "" && current === null,
  };
}
