#ifndef PLOTNN_CLEANUP_H
#define PLOTNN_CLEANUP_H

/// A fixed table of paths to unlink when SIGINT or SIGTERM arrives: the temporary files
/// being written. The handler does only async-signal-safe work (atomic loads, memcpy,
/// unlink, sigaction, raise) and then re-raises the signal with its default action, so
/// the exit status is the conventional one (130 for SIGINT, 143 for SIGTERM in a shell).

/// Installs the handler for SIGINT and SIGTERM, once; a signal that is ignored when this
/// is called (nohup, a background job) stays ignored. Returns 0, or -1 with errno set.
int plotnn_cleanup_install(void);

/// Puts `path` in the table, before the file is created; returns the slot (pass it to
/// plotnn_cleanup_unregister) or -1 when the path is too long or the table is full (the
/// file is then not removed on a signal; the next batch's sweep removes it).
int plotnn_cleanup_register(const char *path);

/// Takes the slot out of the table, after the file was renamed or removed.
void plotnn_cleanup_unregister(int slot);

/// Registers `path` and creates it (O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode 0600) as
/// one step the handler waits for, so a signal arriving meanwhile cannot miss the file.
/// Returns the descriptor and sets *slot (-1 when the table was full), or returns -1 with
/// errno set: ECANCELED once a signal is being handled (the process is ending).
int plotnn_cleanup_create(const char *path, int *slot);

/// Slots in the table (more than the most files written at once).
int plotnn_cleanup_capacity(void);

/// Flushes to disk everything written to the file system that holds `folder`: the files
/// a batch wrote and the renames that placed them (Linux `syncfs`, elsewhere `sync` and an
/// `fsync` of the folder). One call per batch instead of an `fsync` per file. Returns 0, or
/// -1 with errno set.
int plotnn_sync_folder(const char *folder);

#endif
