// A Kyma pipeline's OAuth2 tokenURL passes the CRD when it is any absolute URI or an absolute path
// (isURL), but the collector's oauth2client fetches the token from it, which needs an absolute
// http(s) URL with a host: anything else fails at run time, so it is reported here.
#include <fmt/format.h>

#include "lint/rule.hpp"
#include "schema/formats.hpp"

namespace telc::lint {
namespace {

class TokenUrl final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"export/token-url", "an OAuth2 tokenURL is not an absolute http(s) URL with a host",
                                  diag::Severity::warning};
  const RuleInfo& info() const override { return kInfo; }
  void check(const Context& context, Reporter& out) const override {
    for (const model::KymaPipeline& pipeline : context.model.pipelines) {
      if (!pipeline.token_url || schema::request_uri_problem(pipeline.token_url->value)) continue;  // schema's
      if (const auto problem = schema::url_problem(pipeline.token_url->value))
        out.report(pipeline.token_url->span, fmt::format("tokenURL '{}' cannot be fetched: {}",
                                                         schema::redacted_url(pipeline.token_url->value), *problem))
            .hint("the collector requests the token from this URL: write https://host/path");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_export_token_url() { return std::make_unique<TokenUrl>(); }

}  // namespace telc::lint
