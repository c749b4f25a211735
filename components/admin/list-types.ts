/** What the list page hands its client components: plain, already formatted data. */
export interface TableColumn {
  name: string;
  label: string;
  /** Link that sorts by this column (absent when it cannot be sorted). */
  sortHref?: string;
  sorted?: "ascending" | "descending";
}

export interface TableCell {
  text: string;
  href?: string;
}

export interface TableRow {
  id: string;
  href: string;
  label: string;
  cells: TableCell[];
}

export interface BulkActionInfo {
  name: string;
  label: string;
  confirm: string;
  destructive: boolean;
  input?: { name: string; label: string; kind: "text" | "select"; choices?: readonly string[]; required?: boolean };
}
