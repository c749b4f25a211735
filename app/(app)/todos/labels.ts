import type { TodoPriority, TodoStatus } from "@/features/todos/schemas";

export const STATUS_LABELS: Record<TodoStatus, string> = { pending: "Pending", in_progress: "In progress", completed: "Completed" };
export const PRIORITY_LABELS: Record<TodoPriority, string> = { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" };

export const PRIORITY_STYLE: Record<TodoPriority, string> = {
  low: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  normal: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  high: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  urgent: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};
