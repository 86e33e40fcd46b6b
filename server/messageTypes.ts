// The server's typed handles for the custom messages declared in protocol.ts.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver';
import {
  DOCUMENT_FINDINGS_METHOD,
  EXPORT_SARIF_METHOD,
  FINDING_COUNT_METHOD,
  SCAN_TEXT_METHOD,
  SCAN_WORKSPACE_METHOD,
  type DocumentFindingsParams,
  type DocumentFindingsResult,
  type FindingCountParams,
  type ScanTextParams,
  type ScanTextResult,
  type ExportSarifResult,
  type ScanWorkspaceParams,
  type ScanWorkspaceResult,
  FIND_PLACES_METHOD,
  INCIDENT_REPORT_METHOD,
  LIVE_CHECK_METHOD,
  LIVE_PLAN_METHOD,
  type FindingRefParams,
  type FindPlacesResult,
  type IncidentReportResult,
  type LiveCheckParams,
  type LiveCheckResult,
  type LivePlanResult,
} from '../protocol/messages';

export const FindingCountNotification = new NotificationType<FindingCountParams>(FINDING_COUNT_METHOD);
export const DocumentFindingsRequest = new RequestType<DocumentFindingsParams, DocumentFindingsResult | null, void>(DOCUMENT_FINDINGS_METHOD);
export const ScanTextRequest = new RequestType<ScanTextParams, ScanTextResult, void>(SCAN_TEXT_METHOD);
export const ScanWorkspaceRequest = new RequestType<ScanWorkspaceParams, ScanWorkspaceResult, void>(SCAN_WORKSPACE_METHOD);
export const ExportSarifRequest = new RequestType0<ExportSarifResult, void>(EXPORT_SARIF_METHOD);
export const LivePlanRequest = new RequestType<FindingRefParams, LivePlanResult, void>(LIVE_PLAN_METHOD);
export const LiveCheckRequest = new RequestType<LiveCheckParams, LiveCheckResult, void>(LIVE_CHECK_METHOD);
export const FindPlacesRequest = new RequestType<FindingRefParams, FindPlacesResult, void>(FIND_PLACES_METHOD);
export const IncidentReportRequest = new RequestType<FindingRefParams, IncidentReportResult, void>(INCIDENT_REPORT_METHOD);
