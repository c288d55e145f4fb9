#include "otelcol/secrets.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "otelcol/env_refs.hpp"

namespace telc::otelcol {
namespace {

// Substrings of header names that carry credentials, lowercase.
constexpr std::string_view kCredentialWords[] = {"apikey", "api-key", "api_key", "auth", "password", "secret", "token"};

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return out;
}

void report_literal(const Context& cx, const std::string& pointer, std::string_view what) {
  cx.report(diag::Severity::warning, "collector/literal-secret", cx.where.value(pointer),
            fmt::format("secret written in the config ({})", what),
            "read it at run time: '${env:NAME}' or '${file:/path/to/secret}'");
}

bool is_literal(const nlohmann::json& value) {
  if (!value.is_string()) return !value.is_null();
  const auto& text = value.get_ref<const std::string&>();
  return !text.empty() && !is_secret_reference(text);
}

}  // namespace

bool is_credential_header(std::string_view name) {
  const std::string lower = lowercase(name);
  return std::any_of(std::begin(kCredentialWords), std::end(kCredentialWords),
                     [&](std::string_view word) { return lower.find(word) != std::string::npos; });
}

void check_secret(const Context& cx, const std::string& pointer, const nlohmann::json& value) {
  if (!is_literal(value)) return;
  // The field's name: the last token, or the one before it for an item of a list (tokens/1).
  std::string_view name = pointer;
  name = name.substr(name.rfind('/') + 1);
  if (!name.empty() && std::all_of(name.begin(), name.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
    const std::string_view parent = std::string_view(pointer).substr(0, pointer.size() - name.size() - 1);
    name = parent.substr(parent.rfind('/') + 1);
  }
  report_literal(cx, pointer, fmt::format("'{}'", name));
}

void check_header_secrets(const Context& cx, const std::string& pointer, const nlohmann::json& headers) {
  if (headers.is_object()) {
    for (const auto& [name, value] : headers.items())
      if (is_credential_header(name) && is_literal(value))
        report_literal(cx, schema::child_pointer(pointer, name), fmt::format("header '{}'", name));
    return;
  }
  if (!headers.is_array()) return;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    const nlohmann::json& item = headers[i];
    const auto name = item.is_object() ? item.find("name") : item.end();
    const auto value = item.is_object() ? item.find("value") : item.end();
    if (!item.is_object() || name == item.end() || value == item.end() || !name->is_string()) continue;
    if (is_credential_header(name->get_ref<const std::string&>()) && is_literal(*value))
      report_literal(cx, schema::child_pointer(schema::child_pointer(pointer, i), "value"),
                     fmt::format("header '{}'", name->get_ref<const std::string&>()));
  }
}

void check_header_setter_secret(const Context& cx, const std::string& pointer, const nlohmann::json& item) {
  const auto key = item.find("key");
  const auto value = item.find("value");
  if (key == item.end() || value == item.end() || !key->is_string()) return;
  if (is_credential_header(key->get_ref<const std::string&>()) && is_literal(*value))
    report_literal(cx, schema::child_pointer(pointer, "value"),
                   fmt::format("header '{}'", key->get_ref<const std::string&>()));
}

}  // namespace telc::otelcol
