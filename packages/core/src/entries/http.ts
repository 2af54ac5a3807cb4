export { createBuilderHandler } from '../http/create-builder-handler.js';
export type { BuilderHandler, BuilderHandlerOptions } from '../http/create-builder-handler.js';
export type { BuilderHandlerGit } from '../http/routes.js';
export { formatEvent } from '../http/sse.js';
export type { StreamEndReason } from '../http/sse.js';
export type { HttpErrorBody } from '../http/errors.js';
export type {
  CreateRunResponse,
  ProjectsResponse,
  ProjectDetailResponse,
  FilesResponse,
  VersionsResponse,
  DiffResponse,
  RestoreResponse,
  RunResponse,
  CancelResponse,
  FileDiff,
} from '@buildwright/client';
