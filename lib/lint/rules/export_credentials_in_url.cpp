// Credentials in a URL leak into logs, status conditions and generated configs; telc keeps
// secrets as references only (to a Secret, read from a mounted file or `${env:VAR}`), never values.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace telc::lint {
namespace {

/// Credentials in a URL: user:password@ in the authority, or a secret-looking query parameter.
std::optional<std::string> credential_in(std::string_view url) {
  const std::size_t scheme = url.find("://");
  const std::size_t host = scheme == std::string_view::npos ? 0 : scheme + 3;
  const std::size_t path = url.find_first_of("/?#", host);
  const std::string_view authority = url.substr(host, path == std::string_view::npos ? path : path - host);
  if (authority.find('@') != std::string_view::npos) return "a user name or password before '@'";
  const std::size_t query = url.find('?');
  if (query == std::string_view::npos) return std::nullopt;
  std::string q(url.substr(query + 1));
  std::transform(q.begin(), q.end(), q.begin(), [](unsigned char ch) { return std::tolower(ch); });
  for (std::string_view key :
       {"token", "password", "passwd", "secret", "api_key", "apikey", "key", "access_token", "auth"})
    for (std::size_t at = q.find(key); at != std::string::npos; at = q.find(key, at + 1))
      if ((at == 0 || q[at - 1] == '&') && at + key.size() < q.size() && q[at + key.size()] == '=')
        return fmt::format("the query parameter '{}'", key);
  return std::nullopt;
}

class CredentialsInUrl final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"export/credentials-in-url", "a sink endpoint URL carries credentials",
                                  diag::Severity::error};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::ExportPolicy& p : context.model.export_policies)
      for (const model::ExportSink& s : p.sinks)
        if (auto what = credential_in(s.endpoint.value))
          out.report(s.endpoint.span,
                     fmt::format("the endpoint of sink '{}' carries credentials in {}", s.name.value, *what))
              .hint("reference a Secret with authentication instead; URLs end up in logs and status fields");
  }
};

}  // namespace

std::unique_ptr<Rule> make_export_credentials_in_url() { return std::make_unique<CredentialsInUrl>(); }

}  // namespace telc::lint
