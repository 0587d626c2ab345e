import { apiHeaders } from "@/lib/api/api-error";
import { openApiDocument } from "@/lib/api/openapi-document";

export const dynamic = "force-static";

/** The API's contract, public like any API description: it holds no data. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { ...apiHeaders, "Cache-Control": "public, max-age=300" } });
}
