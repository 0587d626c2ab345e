// The roles and their words, apart from the schema so a client component can show them without loading zod.
export const roles = ["admin", "editor", "viewer"] as const;

export const roleLabels: Record<(typeof roles)[number], { label: string; description: string }> = {
  admin: { label: "Admin", description: "Manages people, settings and every token." },
  editor: { label: "Editor", description: "Keeps the tokens they own or back up up to date." },
  viewer: { label: "Viewer", description: "Looks things up; changes nothing." },
};
