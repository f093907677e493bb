import { redirect } from "next/navigation";

// /admin has no page of its own; each admin page checks the role itself.
export default function AdminIndex() {
  redirect("/admin/users");
}
