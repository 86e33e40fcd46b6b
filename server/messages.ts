// The server's typed handles for the custom messages declared in protocol.ts.
import { NotificationType, RequestType } from 'vscode-languageserver';
import {
  DOCUMENT_FINDINGS_METHOD,
  FINDING_COUNT_METHOD,
  SCAN_TEXT_METHOD,
  type DocumentFindingsParams,
  type DocumentFindingsResult,
  type FindingCountParams,
  type ScanTextParams,
  type ScanTextResult,
} from './protocol';

export const FindingCountNotification = new NotificationType<FindingCountParams>(FINDING_COUNT_METHOD);
export const DocumentFindingsRequest = new RequestType<DocumentFindingsParams, DocumentFindingsResult | null, void>(DOCUMENT_FINDINGS_METHOD);
export const ScanTextRequest = new RequestType<ScanTextParams, ScanTextResult, void>(SCAN_TEXT_METHOD);
