"use client";

import { type ComponentType, lazy, Suspense, useCallback, useEffect, useRef } from "react";

/** What counts as reaching for the component: a pointer over it, a touch, or the keyboard focus inside it. */
const firstUse = ["pointerover", "touchstart", "focusin"] as const;

/**
 * Keeps a heavy client component (a form library, a schema, a table library) out of the page's first-load
 * JavaScript. The server still renders it, so it shows at once; the browser loads its code the first time
 * the person reaches for it, or once the browser is idle after loading the page, and React then takes over
 * the server's HTML in place. Until that moment its controls are disabled, so nothing is typed or clicked
 * into a form that cannot yet act on it. Shown by a client-side navigation (no server HTML to wait on),
 * it loads at once. `name` marks its HTML, to tell the two cases apart.
 */
export function loadWhenUsed<Props extends object>(name: string, load: () => Promise<ComponentType<Props>>) {
  let startLoading = () => {};
  const used = new Promise<void>((resolve) => (startLoading = resolve));
  const Heavy = lazy(async () => {
    if (typeof window !== "undefined" && document.querySelector(`[data-loads-when-used="${name}"]`)) await used;
    return { default: await load() };
  });

  function LoadedWhenUsed(props: Props) {
    const box = useRef<HTMLFieldSetElement>(null);
    useEffect(() => {
      const node = box.current;
      if (!node) return;
      for (const event of firstUse) node.addEventListener(event, startLoading, { once: true, passive: true });
      const idle = window.requestIdleCallback?.(startLoading, { timeout: 2000 });
      const fallback = idle === undefined ? window.setTimeout(startLoading, 500) : undefined;
      return () => {
        for (const event of firstUse) node.removeEventListener(event, startLoading);
        if (idle !== undefined) window.cancelIdleCallback(idle);
        window.clearTimeout(fallback);
      };
    }, []);
    // `disabled` stays true in React's eyes; it is lifted on the element itself once the code has run.
    const enable = useCallback(() => {
      if (box.current) box.current.disabled = false;
    }, []);
    return (
      <fieldset ref={box} disabled role="none" className="contents" data-loads-when-used={name}>
        <Suspense fallback={null}>
          <Heavy {...props} />
          <WhenReady run={enable} />
        </Suspense>
      </fieldset>
    );
  }
  return LoadedWhenUsed;
}

/** Runs `run` once the component beside it has taken over its HTML. */
function WhenReady({ run }: { run: () => void }) {
  useEffect(() => run(), [run]);
  return null;
}
