// Kyma LogPipeline, TracePipeline and MetricPipeline: the schema checks them; the model keeps what
// lint reads: the OTTL statements of their transforms and the OAuth2 token URL.
#include "model/build.hpp"
#include "model/reader.hpp"

namespace telc::model {

KymaPipeline build_kyma_pipeline(const Reader& document) {
  KymaPipeline out{document.origin(), {}, document.opt_str("/spec/output/otlp/authentication/oauth2/tokenURL/value")};
  for (const std::string& transform : document.items("/spec/transform"))
    for (const std::string& statement : document.items(transform + "/statements"))
      out.statements.push_back(document.embedded(statement));
  return out;
}

}  // namespace telc::model
