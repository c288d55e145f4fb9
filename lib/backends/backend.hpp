#pragma once
// A backend turns the IR into files in memory; the driver decides whether they are written.
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "diag/sink.hpp"
#include "ir/ir.hpp"

namespace telc::backends {

/// Relative path → file content. Sorted, so iteration (and --check output) is deterministic.
using OutputTree = std::map<std::string, std::string>;

struct BackendInfo {
  std::string_view name;  // --target value, kebab-case
  std::string_view description;
  /// The input kinds it compiles (a kind no selected backend lists gets a compile/not-compiled note).
  std::span<const std::string_view> kinds;
};

struct EmitOptions {
  bool merge = false;      // one config for all policies instead of one per policy
  bool requested = false;  // named with --target (not just implied by the inputs)
};

class Backend {
 public:
  virtual ~Backend() = default;
  [[nodiscard]] virtual const BackendInfo& info() const = 0;
  /// Adds this backend's files to `out`; problems it cannot express go to `sink` (emit/*).
  virtual void emit(const ir::Program& program, const EmitOptions& options, OutputTree& out,
                    diag::Sink& sink) const = 0;
};

/// Every backend, sorted by name (backends/registry.cpp is the one place that lists them).
[[nodiscard]] std::span<const std::unique_ptr<Backend>> all_backends();
[[nodiscard]] const Backend* find_backend(std::string_view name);

}  // namespace telc::backends
