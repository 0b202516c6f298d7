// Work the window hands off (reading a sheet, writing a file, listing what a profile keeps): run
// on G2P Desk's own pool, below the window's priority (api/workpool.h says why not Qt's global
// pool). Returns the work's QFuture.
#pragma once

#include "workpool.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace g2p {

template<class Work>
auto runInBackground(Work work)
{
    return QtConcurrent::run(workPool(), [work = std::move(work)]() mutable {
        yieldToTheWindow();
        return work();
    });
}

} // namespace g2p
