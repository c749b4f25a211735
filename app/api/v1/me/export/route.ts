import { route } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { exportMyData } from "@/features/users/export";

export const GET = route("user", async ({ viewer }) => {
  const data = await exportMyData(viewer);
  return json(data, 200, { "Content-Disposition": `attachment; filename="warden-export-${data.exported_at.slice(0, 10)}.json"` });
});
