import { LibrarySkeleton } from "@/components/library/library-skeleton";

export default function Loading() {
  return <LibrarySkeleton />;
}
