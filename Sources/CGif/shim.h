#ifndef PLOTNN_CGIF_SHIM_H
#define PLOTNN_CGIF_SHIM_H
// giflib 5 (Debian libgif-dev): the animated GIF writer and, in the tests, its decoder.
#include <gif_lib.h>
#endif
