#include "schema/yaml_errors.hpp"

#include <cctype>

namespace telc::schema {
namespace {

struct Entry {
  std::string_view prefix;  // of yaml-cpp's message (exceptions.h ErrorMsg)
  std::string_view message;
  std::string_view hint;
};

// clang-format off
constexpr Entry kEntries[] = {
    {"end of map not found",             "this line's indentation matches no enclosing mapping", "indent the key exactly like its siblings"},
    {"end of sequence not found",        "this line's indentation matches no enclosing list",    "indent the '- ' entry exactly like its siblings"},
    {"illegal map value",                "unexpected ':' in a value",                            "quote a value that contains ': ' or starts with a special character"},
    {"illegal map key",                  "unexpected mapping key",                               "check the indentation of the lines above"},
    {"illegal block entry",              "unexpected '- ' list entry",                           "a list entry must be indented under its key, or the key must have no value"},
    {"illegal flow end",                 "unexpected ']' or '}'",                                "remove it, or open the matching '[' or '{'"},
    {"unknown escape character",         "unknown escape sequence in a double-quoted string",    "write a literal backslash as \\\\ or use single quotes"},
    {"illegal EOF in scalar",            "a quoted string is never closed",                      "add the closing quote"},
    {"illegal character in scalar",      "a character that cannot start a plain value",          "quote the value"},
    {"the referenced anchor is not defined", "alias refers to an anchor that is not defined",    "define &name before using *name"},
    {"unknown token",                    "unexpected character",                                 "quote the value if it is text"},
    {"illegal document indicator",       "'---' or '...' inside a value",                        "quote the value or indent it"},
    {"unexpected character in block scalar", "unexpected character after '|' or '>'",            "a block scalar header is '|' or '>', optionally with '-', '+' or a digit"},
};
// clang-format on

}  // namespace

YamlErrorText explain_yaml_error(std::string_view text) {
  for (const Entry& e : kEntries)
    if (text.substr(0, e.prefix.size()) == e.prefix) return {std::string(e.message), std::string(e.hint)};
  std::string message(text.substr(0, text.find('\n')));
  if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  return {message, std::nullopt};
}

}  // namespace telc::schema
