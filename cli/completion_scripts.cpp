#include "cli/completion_scripts.hpp"

#include <fmt/format.h>

namespace telc::cli {
namespace {

std::string header(std::string_view shell) {
  return fmt::format("# {} completion for telc, generated from its command model by `telc completion {}`\n", shell,
                     shell);
}

/// `text` inside single quotes, for bash, zsh and fish alike ('it'\''s').
std::string sq(std::string_view text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string words(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : " ") + item;
  return out;
}

/// The case patterns that extend the command path by one word, shared by bash and fish.
std::vector<std::string> sub_paths(const CommandModel& root) {
  std::vector<std::string> out;
  for (const CommandModel* command : all_commands(root)) {
    if (command != &root) out.push_back(sq(joined(command->path)));
  }
  return out;
}

// ---- bash ----

std::string bash_value_case(const OptionModel& option) {
  const std::string names = fmt::format("{}", fmt::join(option.names, "|"));
  if (!option.choices.empty()) {
    return fmt::format("        {}) mapfile -t COMPREPLY < <(compgen -W {} -- \"$cur\"); return ;;\n", names,
                       sq(words(option.choices)));
  }
  if (option.numeric) return fmt::format("        {}) return ;;\n", names);
  return fmt::format("        {}) _telc_files; return ;;\n", names);
}

std::string bash_command_case(const CommandModel& command) {
  std::string values;
  std::vector<std::string> options;
  std::vector<std::string> subs;  // the words offered for an argument: subcommands or choices
  for (const auto& option : command.options) {
    if (option.positional) subs.insert(subs.end(), option.choices.begin(), option.choices.end());
    if (option.positional) continue;
    options.insert(options.end(), option.names.begin(), option.names.end());
    if (!option.value_name.empty()) values += bash_value_case(option);
  }
  for (const auto& sub : command.subcommands) subs.push_back(sub.path.back());
  std::string out = fmt::format("    {})\n", sq(joined(command.path)));
  if (!values.empty()) out += "      case \"$prev\" in\n" + values + "      esac\n";
  return out + fmt::format("      options={} subcommands={} ;;\n", sq(words(options)), sq(words(subs)));
}

std::string bash_script(const CommandModel& root) {
  std::string out = header("bash");
  out +=
      "_telc_files() {\n  compopt -o filenames 2>/dev/null\n  mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n}\n\n";
  out += "_telc() {\n  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} path=telc i\n";
  out += "  local options subcommands\n  COMPREPLY=()\n  for ((i = 1; i < COMP_CWORD; i++)); do\n";
  out += fmt::format("    case \"$path ${{COMP_WORDS[i]}}\" in\n      {}) path=\"$path ${{COMP_WORDS[i]}}\" ;;\n",
                     fmt::join(sub_paths(root), "|"));
  out += "    esac\n  done\n  case \"$path\" in\n";
  for (const CommandModel* command : all_commands(root)) out += bash_command_case(*command);
  out += "  esac\n  if [[ $cur == -* ]]; then\n    mapfile -t COMPREPLY < <(compgen -W \"$options\" -- \"$cur\")\n";
  out += "  elif [[ -n $subcommands ]]; then\n    mapfile -t COMPREPLY < <(compgen -W \"$subcommands\" -- \"$cur\")\n";
  out += "  else\n    _telc_files\n  fi\n}\ncomplete -F _telc telc\n";
  return out;
}

// ---- zsh ----

/// Text with a backslash before each of `special` (brackets in an _arguments description, colons
/// in a _describe item).
std::string zsh_text(std::string_view text, std::string_view special) {
  std::string out;
  for (const char c : text) {
    if (c == '\\' || special.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string zsh_function(const std::vector<std::string>& path) { return "_telc__" + joined(path, "_"); }

std::string zsh_action(const OptionModel& option) {
  if (!option.choices.empty()) return "(" + words(option.choices) + ")";
  return option.numeric ? "" : "_files";
}

std::string zsh_option_specs(const OptionModel& option) {
  std::string out;
  const std::string exclusive = option.names.size() > 1 ? "(" + words(option.names) + ")" : "";
  const std::string repeat = option.repeats ? "*" : "";
  for (const auto& name : option.names) {
    std::string spec = exclusive;
    spec.append(repeat).append(name).append("[").append(zsh_text(option.description, "[]")).append("]");
    if (!option.value_name.empty()) spec += ":" + option.value_name + ":" + zsh_action(option);
    out += " \\\n    " + sq(spec);
  }
  return out;
}

std::string zsh_positional_spec(const OptionModel& option) {
  const std::string count = option.repeats ? "*" : (option.required ? "" : ":");
  return " \\\n    " + sq(count + ":" + option.value_name + ":" + zsh_action(option));
}

std::string zsh_dispatch(const CommandModel& command) {
  std::string items;
  std::string cases;
  for (const auto& sub : command.subcommands) {
    items += " " + sq(sub.path.back() + ":" + zsh_text(sub.description, ":"));
    cases += fmt::format("        {}) {} && ret=0 ;;\n", sub.path.back(), zsh_function(sub.path));
  }
  std::string out = " \\\n    '1:command:->command' \\\n    '*::argument:->argument' && ret=0\n";
  out += "  case $state in\n    command)\n      local -a commands=(" + items + ")\n";
  out += "      _describe -t commands command commands && ret=0 ;;\n";
  return out + "    argument)\n      case $line[1] in\n" + cases + "      esac ;;\n  esac\n  return ret\n";
}

std::string zsh_command(const CommandModel& command) {
  std::string out = fmt::format("{}() {{\n  local curcontext=$curcontext state line ret=1\n  _arguments -s -C",
                                zsh_function(command.path));
  for (const auto& option : command.options) {
    out += option.positional ? zsh_positional_spec(option) : zsh_option_specs(option);
  }
  if (command.subcommands.empty()) return out + "\n}\n\n";
  return out + zsh_dispatch(command) + "}\n\n";
}

std::string zsh_script(const CommandModel& root) {
  std::string out = "#compdef telc\n" + header("zsh") + "\n";
  for (const CommandModel* command : all_commands(root)) out += zsh_command(*command);
  return out + zsh_function(root.path) + " \"$@\"\n";
}

// ---- fish ----

std::string fish_option(const std::string& condition, const OptionModel& option) {
  std::string out = "complete -c telc -n " + condition;
  for (const auto& name : option.names)
    out += (name.size() == 2 ? " -s " : " -l ") + name.substr(name.size() == 2 ? 1 : 2);
  if (!option.choices.empty()) out += " -x -a " + sq(words(option.choices));
  if (option.choices.empty() && !option.value_name.empty()) out += option.numeric ? " -x" : " -r -F";
  return out + " -d " + sq(option.description) + "\n";
}

std::string fish_command(const CommandModel& command) {
  const std::string condition = sq("__telc_is " + sq(joined(command.path)));
  std::string out;
  for (const auto& sub : command.subcommands) {
    out += fmt::format("complete -c telc -n {} -a {} -d {}\n", condition, sub.path.back(), sq(sub.description));
  }
  for (const auto& option : command.options) {
    if (option.positional && option.choices.empty()) out += "complete -c telc -n " + condition + " -F\n";
    if (option.positional && !option.choices.empty()) {
      out += "complete -c telc -n " + condition + " -a " + sq(words(option.choices)) + "\n";
    }
    if (!option.positional) out += fish_option(condition, option);
  }
  return out;
}

std::string fish_script(const CommandModel& root) {
  std::string out = header("fish");
  out += "function __telc_path\n    set -l path telc\n    for word in (commandline -opc)[2..-1]\n";
  out += fmt::format("        switch \"$path $word\"\n            case {}\n                set path \"$path $word\"\n",
                     words(sub_paths(root)));
  out += "        end\n    end\n    echo $path\nend\n\n";
  out += "function __telc_is\n    test (__telc_path) = $argv[1]\nend\n\ncomplete -c telc -f\n";
  for (const CommandModel* command : all_commands(root)) out += fish_command(*command);
  return out;
}

}  // namespace

std::optional<std::string> completion_script(std::string_view shell, const CommandModel& root) {
  if (shell == "bash") return bash_script(root);
  if (shell == "zsh") return zsh_script(root);
  if (shell == "fish") return fish_script(root);
  return std::nullopt;
}

}  // namespace telc::cli
