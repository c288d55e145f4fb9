#include "cli/man_pages.hpp"

#include <cctype>

#include <fmt/format.h>

#include "cli/man_text.hpp"

namespace telc::cli {
namespace {

/// Text as roff shows it literally: backslashes and hyphens escaped, no line starting a request.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (const char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    if (c == '-') out += "\\-";
    if (c != '\\' && c != '-') out += c;
    line_start = c == '\n';
  }
  return out;
}

std::string option_usage(const OptionModel& option) {
  if (option.positional) return fmt::format("\\fI{}\\fR{}", option.value_name, option.repeats ? "..." : "");
  std::string out = "\\fB" + roff(option.names.back()) + "\\fR";
  if (!option.value_name.empty()) out += " \\fI" + option.value_name + "\\fR";
  return out;
}

std::string synopsis(const CommandModel& command) {
  std::string out = ".B " + joined(command.path) + "\n";
  for (const auto& option : command.options) {
    if (option.names.back() == "--help") continue;
    const bool optional = !option.required && !(option.positional && option.repeats);
    out += (optional ? "[" : "") + option_usage(option) + (optional ? "]" : "") + "\n";
  }
  if (!command.subcommands.empty()) out += "\\fICOMMAND\\fR\n";
  return out;
}

std::string option_entry(const OptionModel& option) {
  std::string names;
  for (const auto& name : option.names) names += (names.empty() ? "" : ", ") + ("\\fB" + roff(name) + "\\fR");
  if (option.positional) names = "\\fI" + option.value_name + "\\fR" + (option.repeats ? "..." : "");
  if (!option.positional && !option.value_name.empty()) names += " \\fI" + option.value_name + "\\fR";
  std::string text = roff(option.description) + ".";
  if (!option.choices.empty()) text += " One of: " + roff(fmt::format("{}", fmt::join(option.choices, ", "))) + ".";
  if (!option.default_value.empty()) text += " Default: " + roff(option.default_value) + ".";
  if (option.required && !option.positional) text += " Required.";
  return ".TP\n" + names + "\n" + text + "\n";
}

std::string options_section(const CommandModel& command) {
  std::string out;
  for (const auto& option : command.options) out += option_entry(option);
  return out;
}

std::string paragraphs(std::string_view text) {
  std::string out = roff(text);
  for (auto at = out.find("\n\n"); at != std::string::npos; at = out.find("\n\n", at)) out.replace(at, 2, "\n.PP\n");
  return out + "\n";
}

/// A command with subcommands: each one's synopsis and options under its own heading.
std::string commands_section(const CommandModel& command) {
  std::string out = ".SH COMMANDS\n";
  for (const auto& sub : command.subcommands) {
    out += ".SS " + joined(sub.path) + "\n" + roff(sub.description) + ".\n.PP\n" + synopsis(sub);
    if (!sub.options.empty()) out += options_section(sub);
  }
  return out;
}

std::string exit_section(const CommandText* text) {
  std::string out = ".SH EXIT STATUS\n";
  for (const ExitStatus& status : text != nullptr ? text->exit_status : common_exit_status()) {
    out += fmt::format(".TP\n.B {}\n{}\n", status.code, roff(status.meaning));
  }
  return out;
}

std::string examples_section(const CommandText* text) {
  if (text == nullptr || text->examples.empty()) return {};
  return ".SH EXAMPLES\n.nf\n" + roff(text->examples) + "\n.fi\n";
}

ManPage page(const CommandModel& command, std::string_view version) {
  const std::string name = joined(command.path, "-");
  const CommandText* text = command_text(joined(command.path));
  std::string out = fmt::format(".TH {} 1 \"\" \"telc {}\" \"User Commands\"\n", upper(name), version);
  out += ".SH NAME\n" + roff(name) + " \\- " + roff(command.description) + "\n";
  out += ".SH SYNOPSIS\n" + synopsis(command);
  out += ".SH DESCRIPTION\n" + paragraphs(text != nullptr ? text->description : command.description);
  if (!command.options.empty()) out += ".SH OPTIONS\n" + options_section(command);
  if (!command.subcommands.empty()) out += commands_section(command);
  out += exit_section(text) + examples_section(text);
  out += ".SH SEE ALSO\n.BR telc (1)\n";
  return {name + ".1", out};
}

}  // namespace

std::vector<ManPage> man_pages(const CommandModel& root, std::string_view version) {
  std::vector<ManPage> out;
  for (const auto& command : root.subcommands) out.push_back(page(command, version));
  return out;
}

}  // namespace telc::cli
