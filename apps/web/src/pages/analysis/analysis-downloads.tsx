import { DFE_TIME_IDENTIFIERS, type DfeTimeIdentifier } from '@attendance/domain';
import { ErrorSummary, LabelledSelect } from '@attendance/web-ui';
import { useState } from 'react';
import { executeGraphql } from '../../graphql/execute-graphql.js';
import { AnalysisDfeFileQuery } from '../../graphql/analysis.query.js';
import { analysisCsv, analysisExportRows } from './analysis-export.js';
import { analysisWorkbook, XLSX_CONTENT_TYPE, type ExportTitle } from './analysis-excel.js';
import type { AnalysisTable } from './analysis-table-model.js';
import { downloadFile } from './download-file.js';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export interface AnalysisDownloadsProps {
  table: AnalysisTable;
  title: ExportTitle;
  /** The files' name without extension (analysisFileStem). */
  fileStem: string;
  /** The period in the URL (absent: the API's default), for the DfE file: the same period as the table. */
  period: { from?: string | undefined; to?: string | undefined };
  timeIdentifier: DfeTimeIdentifier;
  onTimeIdentifierChange: (timeIdentifier: DfeTimeIdentifier) => void;
}

type Download = 'csv' | 'excel' | 'dfe';

/**
 * The table as CSV or Excel (written here, from the rows on screen), and the LA's DfE-layout absence file for
 * the period (made by the API). Each says when it is done, or what went wrong, in a live region.
 */
export function AnalysisDownloads({
  table,
  title,
  fileStem,
  period,
  timeIdentifier,
  onTimeIdentifierChange,
}: AnalysisDownloadsProps) {
  const [busy, setBusy] = useState<Download | null>(null);
  const [status, setStatus] = useState<string>('');
  const [failure, setFailure] = useState<string | null>(null);

  async function run(download: Download, save: () => Promise<string>) {
    setBusy(download);
    setFailure(null);
    setStatus('');
    try {
      setStatus(await save());
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  }

  const saveCsv = async () => {
    const fileName = `${fileStem}.csv`;
    downloadFile(analysisCsv(analysisExportRows(table)), fileName, CSV_CONTENT_TYPE);
    return `Downloaded ${fileName}.`;
  };
  const saveExcel = async () => {
    const fileName = `${fileStem}.xlsx`;
    downloadFile(await analysisWorkbook(analysisExportRows(table), title), fileName, XLSX_CONTENT_TYPE);
    return `Downloaded ${fileName}.`;
  };
  const saveDfeFile = async () => {
    const { dfeAbsenceFile: file } = await executeGraphql(AnalysisDfeFileQuery, {
      ...period,
      timeIdentifier,
    });
    downloadFile(file.csv, file.fileName, file.contentType);
    return `Downloaded ${file.fileName} (${file.rowCount} rows).`;
  };

  const button = (download: Download, text: string, save: () => Promise<string>) => (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      disabled={busy !== null}
      onClick={() => void run(download, save)}
    >
      {busy === download ? `${text}…` : text}
    </button>
  );

  return (
    <>
      <h2 className="govuk-heading-m">Download</h2>
      <p className="govuk-body">
        The table as a CSV file or an Excel workbook (figures as numbers; in place of a missing figure, z
        means a rate over no possible sessions and x a figure that is not available), or the DfE-layout
        absence file: the LA&apos;s and every school&apos;s statutory-cohort figures for the period in the
        columns of the DfE&apos;s published absence files, unsuppressed, for the LA&apos;s analysts only.
      </p>
      <div className="app-analysis-downloads">
        {button('csv', 'Download the table (CSV)', saveCsv)}
        {button('excel', 'Download the table (Excel)', saveExcel)}
      </div>
      <div className="app-analysis-downloads">
        <div className="govuk-form-group">
          <LabelledSelect
            id="analysis-dfe-time"
            label="Time identifier in the DfE file"
            value={timeIdentifier}
            options={DFE_TIME_IDENTIFIERS.map((identifier) => ({ value: identifier, label: identifier }))}
            onChange={(identifier) => onTimeIdentifierChange(identifier as DfeTimeIdentifier)}
          />
        </div>
        {button('dfe', 'Download the DfE-layout file (CSV)', saveDfeFile)}
      </div>
      <div aria-live="polite" className="govuk-body" data-testid="analysis-download-status">
        {status}
      </div>
      {failure ? (
        <ErrorSummary>
          <p className="govuk-body">The file could not be made. {failure}</p>
        </ErrorSummary>
      ) : null}
    </>
  );
}
