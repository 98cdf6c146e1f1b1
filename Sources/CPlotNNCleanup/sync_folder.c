#define _GNU_SOURCE
#include "plotnn_cleanup.h"

#include <fcntl.h>
#include <unistd.h>

int plotnn_sync_folder(const char *folder) {
  int fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return -1;
#ifdef __linux__
  int status = syncfs(fd);
#else
  sync();
  int status = fsync(fd);
#endif
  close(fd);
  return status;
}
