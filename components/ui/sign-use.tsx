/** The static file holding every sign pages repeat many times (written by scripts/sign-sprite.ts). */
export const signSpritePath = "/signs.svg";

/**
 * A sign drawn from the sprite file: a few bytes per use instead of the whole drawing, in the HTML and
 * in React's payload alike; the browser fetches the file once and caches it. Always beside words that
 * carry the meaning, so hidden from screen readers.
 */
export function SignUse({ id, className }: { id: string; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" className={className}>
      <use href={`${signSpritePath}#${id}`} />
    </svg>
  );
}

/** A sign from the sprite file before words in running text, sized and aligned like `InlineIcon`. */
export const InlineSign = ({ id }: { id: string }) => <SignUse id={id} className="inline-sign" />;
