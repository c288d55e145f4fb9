#include "policytest/coerce.hpp"

#include <fmt/format.h>

#include "metricsql/go_strconv.hpp"

namespace telc::policytest {
namespace {

constexpr std::size_t kMaxLabelBytes = 1024;

std::string describe(const cel::Value& value) {
  if (const auto* e = value.get<cel::Error>()) return e->message;
  return fmt::format("'{}' is not a number", cel::to_display(value));
}

}  // namespace

std::variant<double, std::string> metric_value(const cel::Value& value) {
  if (const auto* d = value.get<double>()) return *d;
  if (const auto* i = value.get<std::int64_t>()) return static_cast<double>(*i);
  if (const auto* u = value.get<std::uint64_t>()) return static_cast<double>(*u);
  if (const auto* b = value.get<bool>()) return *b ? 1.0 : 0.0;
  if (const auto* s = value.get<std::string>()) {
    if (auto parsed = metricsql::go_parse_float(*s)) return *parsed;  // strconv.ParseFloat, as the controller
    return fmt::format("\"{}\" is a string that is not a number", *s);
  }
  return describe(value);
}

std::variant<std::string, cel::Error> label_value(const cel::Value& value) {
  const cel::Value label = cel::to_label(value);
  if (const auto* e = label.get<cel::Error>()) return *e;
  std::string out = *label.get<std::string>();
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  if (out.size() > kMaxLabelBytes) {
    std::size_t end = kMaxLabelBytes;
    while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) --end;  // not inside a character
    out.resize(end);
  }
  return out;
}

}  // namespace telc::policytest
