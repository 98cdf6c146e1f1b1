#include "plotnn_cleanup.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { SLOTS = 512, PATH_BYTES = 4096 };

// Each slot's state is (generation << 2) | phase. A writer claims a free slot (phase 0 to
// 1, generation + 1), fills the path, then arms it (phase 2); unregistering frees it. The
// handler copies an armed slot's path and unlinks the copy only if the state did not
// change while it copied (a seqlock), so it never acts on a half-written path.
enum { FREE = 0, FILLING = 1, ARMED = 2 };
static char paths[SLOTS][PATH_BYTES];
static atomic_uint states[SLOTS];
static atomic_int installed;
// Set by the handler before it scans; `creating` counts writers between their check of
// `dying` and the end of their open(). The handler waits (up to 200 ms) for them, so a
// file created by another thread while the handler runs is in the table when it scans,
// and a writer that starts after the handler never creates its file: no temporary
// outlives the signal.
static atomic_int dying;
static atomic_int creating;

static void on_signal(int sig) {
  int saved = errno;
  atomic_store(&dying, 1);
  for (int k = 0; k < 200 && atomic_load(&creating) > 0; k++) {
    struct timespec pause = {0, 1000000};
    nanosleep(&pause, NULL);
  }
  char copy[PATH_BYTES];
  for (int i = 0; i < SLOTS; i++) {
    unsigned before = atomic_load(&states[i]);
    if ((before & 3u) != ARMED) continue;
    memcpy(copy, paths[i], PATH_BYTES);
    copy[PATH_BYTES - 1] = 0;
    if (atomic_load(&states[i]) == before) unlink(copy);
  }
  struct sigaction dfl;
  memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, NULL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
  errno = saved;
}

int plotnn_cleanup_install(void) {
  int expected = 0;
  if (!atomic_compare_exchange_strong(&installed, &expected, 1)) return 0;
  const int signals[] = {SIGINT, SIGTERM};
  for (unsigned k = 0; k < sizeof signals / sizeof signals[0]; k++) {
    struct sigaction old;
    if (sigaction(signals[k], NULL, &old) != 0) return -1;
    if (old.sa_handler == SIG_IGN) continue;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    // The other signal waits while one is handled; the handler re-raises its own.
    sigaddset(&action.sa_mask, SIGINT);
    sigaddset(&action.sa_mask, SIGTERM);
    if (sigaction(signals[k], &action, NULL) != 0) return -1;
  }
  return 0;
}

int plotnn_cleanup_register(const char *path) {
  size_t length = strlen(path);
  if (length >= PATH_BYTES) return -1;
  for (int i = 0; i < SLOTS; i++) {
    unsigned state = atomic_load(&states[i]);
    if ((state & 3u) != FREE) continue;
    unsigned filling = (((state >> 2) + 1u) << 2) | FILLING;
    if (!atomic_compare_exchange_strong(&states[i], &state, filling)) continue;
    memcpy(paths[i], path, length + 1);
    atomic_store(&states[i], (filling & ~3u) | ARMED);
    return i;
  }
  return -1;
}

void plotnn_cleanup_unregister(int slot) {
  if (slot < 0 || slot >= SLOTS) return;
  unsigned state = atomic_load(&states[slot]);
  atomic_store(&states[slot], state & ~3u);
}

int plotnn_cleanup_capacity(void) { return SLOTS; }

int plotnn_cleanup_create(const char *path, int *slot) {
  *slot = -1;
  atomic_fetch_add(&creating, 1);
  if (atomic_load(&dying)) {
    atomic_fetch_sub(&creating, 1);
    errno = ECANCELED;
    return -1;
  }
  int registered = plotnn_cleanup_register(path);
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  int saved = errno;
  if (fd < 0) {
    plotnn_cleanup_unregister(registered);
  } else {
    *slot = registered;
  }
  atomic_fetch_sub(&creating, 1);
  errno = saved;
  return fd;
}
