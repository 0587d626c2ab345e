import { TriangleAlert } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
type Person = { name: string; email: string; active: boolean } | null;

/** A person with a way to reach them; a missing or deactivated person is said in words. */
export function PersonContact({ person, missing }: { person: Person; missing: string }) {
  if (!person) {
    return (
      <p className="text-amber-900">
        <InlineIcon icon={TriangleAlert} />
        {missing}
      </p>
    );
  }
  return (
    <div>
      <p className="font-medium text-slate-900">{person.name}</p>
      <a href={`mailto:${person.email}`} className="text-brand-700 underline underline-offset-2">
        {person.email}
      </a>
      {!person.active && (
        <p className="text-amber-900">
          <InlineIcon icon={TriangleAlert} />
          Deactivated: this person has left or can no longer sign in.
        </p>
      )}
    </div>
  );
}
