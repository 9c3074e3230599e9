// Where uploaded files (resumes, attachments) live: a folder under VANTA_HOME by default,
// in memory for tests. Keys are content-addressed paths chosen by the caller.
export interface FileStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** removes the file; a missing key is not an error */
  delete(key: string): Promise<void>;
}
