#pragma once
// One man page per top-level command (telc-validate.1, ...), made from the command model (name,
// synopsis, options with their values and defaults, subcommands) and cli/man_text.cpp.
#include <string>
#include <string_view>
#include <vector>

#include "cli/app_model.hpp"

namespace telc::cli {

struct ManPage {
  std::string file_name;  // "telc-validate.1"
  std::string text;       // roff
};

[[nodiscard]] std::vector<ManPage> man_pages(const CommandModel& root, std::string_view version);

}  // namespace telc::cli
