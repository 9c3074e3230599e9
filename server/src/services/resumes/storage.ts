/** Originals live under the owner's folder, named by content hash: one user can never name another's file. */
export const resumeStorageKey = (userId: string, sha256: string) => `resumes/${userId}/${sha256}`;
