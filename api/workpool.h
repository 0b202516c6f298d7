// G2P Desk's background work (decoding answers, reading sheets, freeing large lists, writing files)
// runs on a thread pool of its own, never on QThreadPool::globalInstance(): Qt 6.4's raster engine
// splits a large fill over the global pool and waits for it on the GUI thread, so a global pool
// busy decoding a refresh or an import's lookups kept the window's paints waiting ~20 ms at a time
// (ui_stall's import: stalls of 52-98 ms with the GUI thread asleep on a QSemaphore).
#pragma once

#include <QThreadPool>

namespace g2p {

// The pool (as many threads as cores).
QThreadPool *workPool();

// Lowers the calling thread below the window's (nice 5, this thread only; Linux keeps a nice value
// per thread and a pool thread keeps it): on a machine with few cores, background work kept the
// window's thread waiting for a core. Called first by every task on workPool().
void yieldToTheWindow();

} // namespace g2p
