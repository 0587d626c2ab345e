// The authorization table for people, mail, settings and reminders: each row called as every kind of person.
import { checkRows } from "./check-rows";
import { peopleAndSettingsRows } from "./people-and-settings-rows";

checkRows(peopleAndSettingsRows);
