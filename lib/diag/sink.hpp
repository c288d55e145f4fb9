#pragma once
// Collects diagnostics; stages report here and never print.
#include <cstddef>
#include <functional>
#include <vector>

#include "diag/diagnostic.hpp"

namespace telc::diag {

/// Longer messages and hints are cut (with "...") when reported.
inline constexpr std::size_t kMaxMessageBytes = 400;

class Sink {
 public:
  void report(Diagnostic diagnostic);
  /// Moves every diagnostic of `other` into this sink (per-thread sinks are merged this way).
  void merge(Sink&& other);

  [[nodiscard]] bool has_errors() const { return errors_ > 0; }
  [[nodiscard]] std::size_t error_count() const { return errors_; }
  [[nodiscard]] std::size_t count(Severity at_least) const;
  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }

  /// Sorts by (file, line, column, code, message) so output never depends on thread timing.
  void sort();
  /// Keeps only the diagnostics `keep` accepts (those located in the files a user named, say).
  void retain(const std::function<bool(const Diagnostic&)>& keep);

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

}  // namespace telc::diag
