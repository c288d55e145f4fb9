#include "cel/types.hpp"

#include <string>

namespace telc::cel {
namespace {

struct TypeName {
  std::string_view name;
  std::string_view with_article;
};

constexpr TypeName kNames[] = {
    {"dyn", "a dyn"},
    {"null_type", "null"},
    {"bool", "a bool"},
    {"int", "an int"},
    {"uint", "a uint"},
    {"double", "a double"},
    {"string", "a string"},
    {"bytes", "bytes"},
    {"list", "a list"},
    {"map", "a map"},
    {"google.protobuf.Duration", "a duration"},
    {"google.protobuf.Timestamp", "a timestamp"},
    {"type", "a type"},
};

}  // namespace

std::string_view to_string(Type type) { return kNames[static_cast<std::size_t>(type)].name; }
std::string_view with_article(Type type) { return kNames[static_cast<std::size_t>(type)].with_article; }

std::string describe(TypeSet set) {
  std::string out;
  std::size_t seen = 0;
  for (std::size_t i = 0; i < std::size(kNames); ++i) {
    if ((set & (1u << i)) == 0) continue;
    if (seen++ > 0) out += ", ";
    out += kNames[i].with_article;
  }
  const std::size_t comma = out.rfind(", ");
  if (comma != std::string::npos) out.replace(comma, 2, " or ");
  return out;
}

}  // namespace telc::cel
