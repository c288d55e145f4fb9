#include "cli/app_model.hpp"

#include <algorithm>
#include <cctype>

namespace telc::cli {
namespace {

/// "TEXT:{text,json}" → {"text", "json"}: CLI11 appends an IsMember validator's set to the type.
std::vector<std::string> choices_of(const std::string& type_name) {
  const auto open = type_name.find(":{");
  const auto close = type_name.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return {};
  std::vector<std::string> out;
  std::string item;
  for (const char c : type_name.substr(open + 2, close - open - 2)) {
    if (c != ',') {
      item += c;
      continue;
    }
    out.push_back(item);
    item.clear();
  }
  if (!item.empty()) out.push_back(item);
  return out;
}

/// A positional's value is named after it, singular ("paths" → PATH); an option's after its long name.
std::string value_name(const CLI::Option& option) {
  if (option.get_positional()) {
    std::string name = upper(option.get_name());
    if (option.get_expected_max() > 1 && name.size() > 1 && name.back() == 'S') name.pop_back();
    return name;
  }
  if (option.get_expected_max() == 0) return {};  // a flag
  const auto& lnames = option.get_lnames();
  return upper(lnames.empty() ? option.get_snames().front() : lnames.front());
}

OptionModel describe_option(const CLI::Option& option) {
  OptionModel out;
  out.positional = option.get_positional();
  if (out.positional) {
    out.names.push_back(option.get_name());
  } else {
    for (const auto& s : option.get_snames()) out.names.push_back("-" + s);
    for (const auto& l : option.get_lnames()) out.names.push_back("--" + l);
  }
  const std::string type_name = option.get_type_name();
  out.value_name = value_name(option);
  out.choices = choices_of(type_name);
  out.description = option.get_description();
  out.default_value = option.get_default_str();
  out.required = option.get_required();
  out.repeats = option.get_expected_max() > 1;
  out.numeric = type_name.rfind("UINT", 0) == 0 || type_name.rfind("INT", 0) == 0;
  return out;
}

CommandModel describe_at(const CLI::App& app, std::vector<std::string> path) {
  CommandModel out;
  out.path = std::move(path);
  out.description = app.get_description();
  out.requires_subcommand = app.get_require_subcommand_min() > 0;
  auto options = app.get_options();
  std::stable_partition(options.begin(), options.end(), [](const CLI::Option* opt) { return !opt->get_positional(); });
  for (const CLI::Option* option : options) out.options.push_back(describe_option(*option));
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::vector<std::string> sub_path = out.path;
    sub_path.push_back(sub->get_name());
    out.subcommands.push_back(describe_at(*sub, std::move(sub_path)));
  }
  return out;
}

void collect(const CommandModel& command, std::vector<const CommandModel*>& out) {
  out.push_back(&command);
  for (const auto& sub : command.subcommands) collect(sub, out);
}

}  // namespace

CommandModel describe(const CLI::App& app) { return describe_at(app, {app.get_name()}); }

std::string joined(const std::vector<std::string>& path, const std::string& separator) {
  std::string out;
  for (const auto& part : path) out += (out.empty() ? "" : separator) + part;
  return out;
}

std::vector<const CommandModel*> all_commands(const CommandModel& root) {
  std::vector<const CommandModel*> out;
  collect(root, out);
  return out;
}

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char ch) { return std::toupper(ch); });
  return text;
}

}  // namespace telc::cli
