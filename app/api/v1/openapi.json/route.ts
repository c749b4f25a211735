import { route } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi-document";

export const GET = route("public", async () => openApiDocument());
