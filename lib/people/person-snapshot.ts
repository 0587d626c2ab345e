type PersonFields = { name: string; email: string; role: string; active: boolean; teamId: string | null };

/** What the audit log keeps of a person before and after a change. */
export const personSnapshot = (person: PersonFields) => ({
  name: person.name,
  email: person.email,
  role: person.role,
  active: person.active,
  teamId: person.teamId,
});
