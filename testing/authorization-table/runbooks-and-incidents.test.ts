// The authorization table for runbooks, runs, incidents and automation hooks: each row called as every kind of person.
import { checkRows } from "./check-rows";
import { runbooksAndIncidentsRows } from "./runbooks-and-incidents-rows";

checkRows(runbooksAndIncidentsRows);
