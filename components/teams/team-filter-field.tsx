import { SelectField } from "@/components/ui/select-field";
import { noTeam } from "@/lib/tokens/no-team";

type Props = {
  label: string;
  /** The words of the first choice, which filters by no team at all. */
  anyLabel: string;
  teams: { id: string; name: string }[];
  /** The team id in the address, `none` for tokens without a team, or nothing. */
  value?: string;
};

/** A team filter for a GET form, sent as `team`: any team, one team, or tokens with no team. */
export function TeamFilterField({ label, anyLabel, teams, value }: Props) {
  return (
    <SelectField label={label} name="team" defaultValue={value ?? ""}>
      <option value="">{anyLabel}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
      <option value={noTeam}>No team</option>
    </SelectField>
  );
}
