/** What validation may know about the disk: only paths inside the workspace are ever looked at. */
export interface FileEnvironment {
  /** Absolute path of the document being checked. */
  readonly documentPath: string;
  /** Folders the user opened; nothing outside them is read. */
  readonly workspaceRoots: readonly string[];
  exists(absolutePath: string): boolean;
  /** The text of an included file, when it may be read; absent: included files stay unavailable. */
  readText?(absolutePath: string): string | undefined;
  /** The names in a directory (confdir, sourcedir, include globs); undefined when it cannot be listed. */
  listNames?(directory: string): readonly string[] | undefined;
  /** A host's `/` copied or mounted (CLI `--root`): absolute paths in the configuration resolve under it. */
  readonly root?: string;
  /**
   * What `chronyd -v` / `ntpd --version` print on the live host being linted (CLI only, never the editor: opening
   * a file runs nothing); undefined when the binary is absent.
   */
  daemonVersionOutput?(daemon: 'chronyd' | 'ntpd'): string | undefined;
}
