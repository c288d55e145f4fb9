// Evaluates CEL cases read as JSON lines on standard input and writes one JSON line per case, for
// tools/cel_conformance.py. A case is {"expr": "...", "bindings": {"x": V}}; the answer is
// {"value": V}, {"error": "..."} or {"parse_error": "..."}. V is a typed value that keeps CEL's
// kinds apart: {"int": "-1"}, {"uint": "1"}, {"double": 1.5 | "NaN" | "Infinity" | "-Infinity"},
// {"string": "a"}, {"bytes": "<hex>"}, {"bool": true}, {"null": null}, {"list": [V...]},
// {"map": [[K, V]...]}, {"duration": "<nanos>"}, {"timestamp": "<nanos>"}, {"type": "int"}.
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "cel/eval.hpp"
#include "cel/parse.hpp"

using nlohmann::json;
using telc::cel::Value;

namespace {

std::string to_hex(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (const char c : bytes) {
    out += kDigits[static_cast<unsigned char>(c) >> 4];
    out += kDigits[static_cast<unsigned char>(c) & 0xf];
  }
  return out;
}

std::string from_hex(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}

json double_json(double number) {
  if (std::isnan(number)) return "NaN";
  if (std::isinf(number)) return number > 0 ? "Infinity" : "-Infinity";
  return number;
}

double json_double(const json& text) {
  if (!text.is_string()) return text.get<double>();
  const auto s = text.get<std::string>();
  if (s == "NaN") return std::nan("");
  return s == "Infinity" ? HUGE_VAL : -HUGE_VAL;
}

json typed(const Value& value) {
  if (value.is_null()) return {{"null", nullptr}};
  if (const auto* b = value.get<bool>()) return {{"bool", *b}};
  if (const auto* i = value.get<std::int64_t>()) return {{"int", std::to_string(*i)}};
  if (const auto* u = value.get<std::uint64_t>()) return {{"uint", std::to_string(*u)}};
  if (const auto* d = value.get<double>()) return {{"double", double_json(*d)}};
  if (const auto* s = value.get<std::string>()) return {{"string", *s}};
  if (const auto* b = value.get<telc::cel::Bytes>()) return {{"bytes", to_hex(b->data)}};
  if (const auto* d = value.get<telc::cel::Duration>()) return {{"duration", std::to_string(d->nanos)}};
  if (const auto* t = value.get<telc::cel::Timestamp>()) return {{"timestamp", std::to_string(t->nanos)}};
  if (const auto* t = value.get<telc::cel::TypeValue>()) return {{"type", t->name}};
  if (const auto* l = value.get<std::shared_ptr<const telc::cel::ValueList>>()) {
    json out = json::array();
    for (const Value& e : **l) out.push_back(typed(e));
    return {{"list", out}};
  }
  if (const auto* m = value.get<std::shared_ptr<const telc::cel::ValueMap>>()) {
    json out = json::array();
    for (const auto& [k, e] : **m) out.push_back(json::array({typed(k), typed(e)}));
    return {{"map", out}};
  }
  return {{"error", value.get<telc::cel::Error>()->message}};
}

Value untyped(const json& typed_value) {
  const auto first = typed_value.begin();
  const std::string kind = first.key();
  const json& v = first.value();
  if (kind == "null") return Value::null();
  if (kind == "bool") return Value::boolean(v.get<bool>());
  if (kind == "int") return Value::integer(std::stoll(v.get<std::string>()));
  if (kind == "uint") return Value::uinteger(std::stoull(v.get<std::string>()));
  if (kind == "double") return Value::dbl(json_double(v));
  if (kind == "string") return Value::string(v.get<std::string>());
  if (kind == "bytes") return Value::bytes(from_hex(v.get<std::string>()));
  if (kind == "duration") return Value::duration(std::stoll(v.get<std::string>()));
  if (kind == "timestamp") return Value::timestamp(std::stoll(v.get<std::string>()));
  if (kind == "type") return Value::type_value(v.get<std::string>());
  if (kind == "list") {
    telc::cel::ValueList out;
    for (const json& e : v) out.push_back(untyped(e));
    return Value::list(std::move(out));
  }
  telc::cel::ValueMap out;
  for (const json& e : v) out.emplace_back(untyped(e[0]), untyped(e[1]));
  return Value::map(std::move(out));
}

json run(const json& input) {
  const auto parsed = telc::cel::parse(input.at("expr").get<std::string>());
  if (!parsed.ok()) return {{"parse_error", parsed.error()->message}};
  telc::cel::Activation activation;
  if (input.contains("bindings")) {
    for (const auto& [name, v] : input["bindings"].items()) activation[name] = untyped(v);
  }
  const Value result = telc::cel::evaluate(*parsed.root(), activation);
  if (const auto* e = result.get<telc::cel::Error>()) return {{"error", e->message}};
  return {{"value", typed(result)}};
}

}  // namespace

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    std::cout << run(json::parse(line)).dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }
  return 0;
}
