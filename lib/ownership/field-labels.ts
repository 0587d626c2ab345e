// Labels the ownership forms share with the server, in a file without zod: client forms import
// them, and importing the schema would put the validation library into the page's JavaScript.

/** The tick box next to a viewer chosen as owner or backup (admins only). */
export const promoteLabel = "Make them an editor";
