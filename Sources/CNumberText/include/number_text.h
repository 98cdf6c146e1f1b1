#ifndef PLOTNN_NUMBER_TEXT_H
#define PLOTNN_NUMBER_TEXT_H

#include <stddef.h>

/// Writes `value` as printf's `%.{precision}{conversion}` (conversion 'f', 'e' or 'g') in
/// the C locale into `buffer` (`size` bytes, NUL-terminated when size > 0); returns the
/// length the whole text needs, as snprintf does (call again with a larger buffer when it
/// is >= size).
int plotnn_number_text(char *buffer, size_t size, char conversion, int precision, double value);

#endif
