import { SortableTable } from '@attendance/web-ui';
import type { SchoolSummary } from './la-overview.types.js';
import { schoolColumns } from './school-columns.js';

export interface SchoolTableProps {
  schools: readonly SchoolSummary[];
}

export function SchoolTable({ schools }: SchoolTableProps) {
  if (schools.length === 0) {
    return <p className="govuk-body">No schools have been loaded yet.</p>;
  }
  return (
    <>
      <p className="govuk-body">
        Select a column heading to sort the schools by it. Select it again to reverse the order.
      </p>
      <SortableTable
        caption="Attendance by school"
        captionVisuallyHidden
        columns={schoolColumns}
        rows={schools}
        rowKey={(school) => school.urn}
        initialSort={{ columnKey: 'name', direction: 'ascending' }}
      />
    </>
  );
}
