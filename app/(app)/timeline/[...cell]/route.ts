import { cellTokenListHref, parseCellAddress } from "@/lib/timeline/cell-address";

/**
 * A timeline cell's short link: forwards to the token list of exactly what the cell counts (the list checks who may see
 * it).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ cell: string[] }> }) {
  const cell = parseCellAddress((await params).cell);
  if (!cell) return new Response("There is no such timeline cell.", { status: 404 });
  return new Response(null, { status: 307, headers: { Location: cellTokenListHref(cell) } });
}
