import { PageSkeleton } from "@/components/events/page-skeleton";

export default PageSkeleton;
