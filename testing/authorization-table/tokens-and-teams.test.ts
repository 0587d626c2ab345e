// The authorization table for tokens, calendars, teams, channels, the audit log, import/export and ownership: each row
// called as every kind of person.
import { checkRows } from "./check-rows";
import { tokensAndTeamsRows } from "./tokens-and-teams-rows";

checkRows(tokensAndTeamsRows);
