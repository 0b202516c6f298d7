// Work the window hands off (reading a sheet, writing a file, listing what a profile keeps): run
// on G2P Desk's own pool, below the window's priority (api/workpool.h says why not Qt's global
// pool). Returns the work's QFuture.
#pragma once

#include "workpool.h"

#include <QtConcurrent/QtConcurrentRun>

#include <tuple>
#include <type_traits>
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

// Large containers (a page of a million-row refresh, a finished import, a replaced list) freed on
// the pool: freeing them where they were used held the window or the store's thread for tens to
// hundreds of milliseconds. Strings they share with rows still shown count their users atomically.
template<class... Things>
void freeInBackground(Things &&...things)
{
    static_assert((!std::is_lvalue_reference_v<Things> && ...), "give the containers with std::move");
    auto *held = new std::tuple<std::decay_t<Things>...>(std::move(things)...);
    workPool()->start([held] {
        yieldToTheWindow();
        delete held;
    });
}

} // namespace g2p
