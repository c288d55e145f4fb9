#pragma once
// Credentials written literally in a config, where an ${env:…} or ${file:…} reference belongs:
// a config file ends up in repositories, ConfigMaps and logs; the environment does not.
#include <string_view>

#include <nlohmann/json.hpp>

#include "otelcol/context.hpp"

namespace telc::otelcol {

/// A field that holds a credential (bearertokenauth.token, basicauth client_auth.password, …).
void check_secret(const Context& cx, const std::string& pointer, const nlohmann::json& value);
/// `headers` as a map or a {name, value} list: values of credential-like header names.
void check_header_secrets(const Context& cx, const std::string& pointer, const nlohmann::json& headers);
/// One headers_setter `headers` item ({key, value}).
void check_header_setter_secret(const Context& cx, const std::string& pointer, const nlohmann::json& item);

/// Header names that carry credentials: Authorization, X-API-Key, X-Auth-Token, …
[[nodiscard]] bool is_credential_header(std::string_view name);

}  // namespace telc::otelcol
