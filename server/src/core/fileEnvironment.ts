/** What validation may know about the disk: only paths inside the workspace are ever looked at. */
export interface FileEnvironment {
  /** Absolute path of the document being checked. */
  readonly documentPath: string;
  /** Folders the user opened; nothing outside them is read. */
  readonly workspaceRoots: readonly string[];
  exists(absolutePath: string): boolean;
}
