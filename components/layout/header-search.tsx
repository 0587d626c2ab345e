"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { WhoOwnsOption } from "@/components/ownership/who-owns-option";
import { useCombobox } from "@/components/ui/use-combobox";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { WhoOwnsResult } from "@/lib/ownership/find-who-owns";

type Answer = { query: string; results: WhoOwnsResult[]; more: boolean } | { query: string; error: string };

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || Boolean(target.closest("input, textarea, select")));

/**
 * "Who owns…?" from any page: `/` focuses it; each result shows owner, backup and status without opening the token.
 * Enter opens the highlighted result, or with none highlighted the token list filtered by the text.
 */
export function HeaderSearch() {
  const router = useRouter();
  const hydrated = useHydrated();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState("");
  const { open, active, setOpen, setActive, inputProps, onKeyDown, closeOnLeave } = useCombobox(listId);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const q = query.trim();

  useEffect(() => {
    const focusOnSlash = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", focusOnSlash);
    return () => document.removeEventListener("keydown", focusOnSlash);
  }, []);

  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/who-owns?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const body = await response.json();
        setAnswer(response.ok ? { query: q, ...body } : { query: q, error: body.message });
        setActive(-1);
      } catch {
        if (!controller.signal.aborted)
          setAnswer({ query: q, error: "Search isn't answering right now. Try again in a moment." });
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, setActive]);

  const current = answer && answer.query === q ? answer : null;
  const results = current && "results" in current ? current.results : [];
  const more = current !== null && "more" in current && current.more;
  const shown = open && q !== "";

  function openToken(result: WhoOwnsResult) {
    setOpen(false);
    setQuery("");
    input.current?.blur();
    router.push(`/tokens/${result.id}`);
  }

  const status = !current
    ? "Searching…"
    : "error" in current
      ? current.error
      : results.length === 0
        ? `No token matches “${q}”.`
        : `${results.length}${more ? "+" : ""} ${results.length === 1 ? "token" : "tokens"} found.`;

  return (
    <div className="relative w-full lg:w-72" onBlur={closeOnLeave}>
      <label htmlFor={`${listId}-input`} className="sr-only">
        Who owns…? Look up a token
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="text"
        {...inputProps(shown)}
        onKeyDown={(event) =>
          onKeyDown(event, results, {
            // Enter does the same whether or not the suggestions have arrived yet: a highlighted one opens
            // that token, otherwise the token list shows every match, with owner and backup on each row.
            onEnter: (highlighted) => {
              if (!q) return false;
              if (highlighted) openToken(highlighted);
              else router.push(`/tokens?q=${encodeURIComponent(q)}`);
              return true;
            },
            onEscape: () => {
              if (shown) setOpen(false);
              else setQuery("");
              return true;
            },
          })
        }
        aria-keyshortcuts="/"
        disabled={!hydrated}
        placeholder="Who owns…? Type a service"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        className="block w-full rounded-lg border border-slate-300 bg-white py-1.5 pl-3 pr-8 text-sm text-slate-900 placeholder:text-slate-600"
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute right-2 top-1.5 rounded border border-slate-300 px-1.5 text-xs text-slate-600"
      >
        /
      </kbd>
      <p aria-live="polite" className="sr-only">
        {shown ? status : ""}
      </p>
      <div
        hidden={!shown}
        className="absolute right-0 z-40 mt-1 w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-1 shadow-lg"
      >
        <ul id={listId} role="listbox" aria-label="Tokens found" className="max-h-[70vh] overflow-y-auto">
          {results.map((result, index) => (
            <WhoOwnsOption
              key={result.id}
              id={`${listId}-${index}`}
              result={result}
              active={index === active}
              onChoose={() => openToken(result)}
            />
          ))}
        </ul>
        {(!current || results.length === 0 || more) && <p className="px-3 py-2 text-sm text-slate-700">{status}</p>}
        {q && (
          <Link
            href={`/tokens?q=${encodeURIComponent(q)}`}
            onClick={() => setOpen(false)}
            className="block px-3 py-2 text-sm text-brand-700 underline underline-offset-2"
          >
            See every match in the token list
          </Link>
        )}
      </div>
    </div>
  );
}
