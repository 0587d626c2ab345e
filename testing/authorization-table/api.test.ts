// The authorization table for API keys and the /api/v1 routes: each row called as every kind of person.
import { checkRows } from "./check-rows";
import { apiRows } from "./api-rows";

checkRows(apiRows);
