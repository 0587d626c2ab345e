import { apiRoute } from "@/lib/api/api-route";

export const dynamic = "force-dynamic";

export const POST = apiRoute("sendMonitorSignal");
