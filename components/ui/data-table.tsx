import type { ReactNode } from "react";

const TH = "px-4 py-2 font-medium whitespace-nowrap";

type Props = {
  /** Read to screen readers as the table's name. */
  caption: string;
  columns: string[];
  /** The name of a last column of row actions (read to screen readers only), if the rows have them. */
  actions?: string;
  children: ReactNode;
};

/** The frame of the app's data tables: a bordered box that scrolls sideways, a caption, one header row. */
export function DataTable({ caption, columns, actions, children }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={TH}>
                {column}
              </th>
            ))}
            {actions !== undefined && (
              <th scope="col" className={`${TH} text-right`}>
                <span className="sr-only">{actions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
