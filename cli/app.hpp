#pragma once
#include <span>
#include <string_view>

#include "cli/io.hpp"

namespace telc::cli {

/// Runs telc with `args` (without the program name); returns the exit code.
[[nodiscard]] int run(std::span<const std::string_view> args, Io& io);

}  // namespace telc::cli
