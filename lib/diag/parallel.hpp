#pragma once
// telc's one worker pool: files, lint rules and large rule files all run through it.
#include <cstddef>
#include <functional>

namespace telc::diag {

/// Calls `work(i)` for every i in [0, count) on up to `jobs` threads (0: one per core), the
/// calling thread among them; returns when every call has. Calls must touch only their own
/// results. If a call throws, the remaining indexes are skipped and the first exception is
/// rethrown here, on the calling thread, so it reaches main's handler instead of terminate().
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace telc::diag
